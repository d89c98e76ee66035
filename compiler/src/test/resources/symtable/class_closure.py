class C:
    x = 1
    def m(self):
        return super().m(), __class__, x
    def n(self):
        class D:
            def o(self):
                return super()
        return D
