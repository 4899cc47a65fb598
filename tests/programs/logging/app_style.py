import logging
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format='%(levelname)-7s %(name)-12s %(funcName)s: %(message)s')
logger = logging.getLogger(__name__)


class Account:
    log = logging.getLogger('bank.account')

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log.info('opened account for %s with %d', owner, balance)

    def withdraw(self, amount):
        if amount > self.balance:
            self.log.warning('%s: insufficient funds (%d > %d)', self.owner, amount, self.balance)
            raise ValueError('insufficient funds')
        self.balance -= amount
        self.log.debug('%s: withdrew %d, balance %d', self.owner, amount, self.balance)


def main():
    logger.info('starting')
    acct = Account('ann', 100)
    acct.withdraw(30)
    try:
        acct.withdraw(500)
    except ValueError:
        logger.exception('withdrawal failed')
    logging.getLogger('bank').setLevel(logging.INFO)
    acct.withdraw(10)
    logger.info('balance is %(bal)d', {'bal': acct.balance})
    logger.debug('done')


main()
print(logger.name, logging.getLogger('bank.account').getEffectiveLevel())
