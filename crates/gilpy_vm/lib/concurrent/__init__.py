# the concurrent package (gilpy): holds concurrent.futures
