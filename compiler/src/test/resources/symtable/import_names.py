import a.b.c
import d.e as f
from g import h, i as j
from .k import *
def fn():
    import l.m
    from n import o
