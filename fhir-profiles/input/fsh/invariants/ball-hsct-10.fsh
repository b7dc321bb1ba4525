Invariant: ball-hsct-10
Description: "A genetic finding names what was tested: a B-ALL genetic subtype or at least one gene studied."
Expression: "component.where(code.coding.where((system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'ball-genetic-subtype') or (system = 'http://loinc.org' and code = '48018-6')).exists()).exists()"
Severity: #error
