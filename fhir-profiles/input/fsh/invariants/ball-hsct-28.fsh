Invariant: ball-hsct-28
Description: "A conditioning irradiation's total dose is greater than zero."
Expression: "extension.where(url = 'totalDose').value.ofType(Quantity).value.all($this > 0)"
Severity: #error
