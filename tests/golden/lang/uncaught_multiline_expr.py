# traceback carets for expressions spanning lines and for attribute, subscript and call positions
data = {'users': [{'name': 'ann'}, {'name': 'bob'}]}
def get_age(user):
    return user['age']
def total_age(users):
    return sum(
        get_age(u)
        for u in users
    )
result = (
    1 +
    total_age(data['users'])
)
