Invariant: ball-hsct-13
Description: "A component given in percent lies between 0 and 100."
Expression: "component.value.ofType(Quantity).where(code = '%').all(value >= 0 and value <= 100)"
Severity: #error
