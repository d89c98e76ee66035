from __future__ import (annotations,
    absolute_)
