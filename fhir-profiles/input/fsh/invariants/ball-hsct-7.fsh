Invariant: ball-hsct-7
Description: "The day after transplant is zero or more."
Expression: "value.ofType(integer).all($this >= 0)"
Severity: #error
