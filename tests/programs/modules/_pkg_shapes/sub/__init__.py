# nested subpackage
SUB_NAME = __name__
