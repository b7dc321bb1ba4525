Invariant: ball-hsct-1
Description: "A result given in percent lies between 0 and 100."
Expression: "value.ofType(Quantity).where(code = '%').all(value >= 0 and value <= 100)"
Severity: #error
