# uncaught custom exception classes: module-qualified names, str() with several args, empty message
class AppError(Exception):
    """Raised by the app."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
    def __str__(self):
        return f'{self.field}: {self.problem_text()}'
    def problem_text(self):
        return self.args[1]
def validate(record):
    if 'name' not in record:
        raise ValidationError('name', 'is required')
print('validating')
validate({'age': 3})
