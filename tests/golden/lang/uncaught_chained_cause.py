# uncaught exception with an explicit cause: "The above exception was the direct cause of the following exception"
class ConfigError(Exception):
    pass
def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f'missing setting {key}') from e
read_setting({'debug': True}, 'port')
