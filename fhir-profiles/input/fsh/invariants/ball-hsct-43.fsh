Invariant: ball-hsct-43
Description: "An NIH 2014 chronic GvHD organ score is 0 to 3."
Expression: "component.where(code.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code.startsWith('nih-') and code.endsWith('-score')).exists()).value.ofType(integer).all($this >= 0 and $this <= 3)"
Severity: #error
