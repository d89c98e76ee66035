# an error inside an except block of a method: context chain with two different frames
class Parser:
    def parse(self, text):
        try:
            return int(text)
        except ValueError:
            return self.fallback(text)
    def fallback(self, text):
        return float(text)
Parser().parse('not a number')
