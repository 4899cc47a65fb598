# gc.freeze moves everything into the permanent generation
import gc

gc.collect()
print("frozen at start:", gc.get_freeze_count())

class Keep:
    def __init__(self):
        self.me = self

keepers = [Keep() for _ in range(10)]
gc.freeze()
print("frozen count positive:", gc.get_freeze_count() > 0)
del keepers
print("frozen cycles not collected:", gc.collect())
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
print("collected after unfreeze >= 20:", gc.collect() >= 20)
print("freeze returns:", gc.freeze())
gc.unfreeze()
print("unfreeze returns:", gc.unfreeze())
