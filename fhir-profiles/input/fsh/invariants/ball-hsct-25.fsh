Invariant: ball-hsct-25
Description: "A graft cell dose is greater than zero."
Expression: "extension.where(url = 'dose').value.ofType(Quantity).value.all($this > 0)"
Severity: #error
