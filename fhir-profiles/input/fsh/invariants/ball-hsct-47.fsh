Invariant: ball-hsct-47
Description: "A viral load coded with a LOINC [#/volume] code is in copies/mL, one coded with a [Units/volume] code in [IU]/mL."
Expression: "(code.coding.where(system = 'http://loinc.org' and (code = '29604-6' or code = '47982-4' or code = '36923-1')).exists() implies value.ofType(Quantity).all(code = '{copies}/mL')) and (code.coding.where(system = 'http://loinc.org' and (code = '72493-0' or code = '100675-8' or code = '43730-1' or code = '93840-7')).exists() implies value.ofType(Quantity).all(code = '[IU]/mL'))"
Severity: #error
