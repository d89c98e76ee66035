x is 'a' is None
x is 1 is 2
1 is x is 2
x is None is 'b'
