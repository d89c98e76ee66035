/** Benchmarks: programs and the runner that measures Kaa beside CPython 3.13 in one run. */
package dev.kaa.bench;
