class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3

def show(cfg):
    print("timeout", cfg.timeout)
    print("retries", cfg.retrys)

show(Config())
