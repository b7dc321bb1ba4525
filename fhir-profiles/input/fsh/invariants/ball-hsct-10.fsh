Invariant: ball-hsct-10
Description: "A genetic finding names what was tested: a B-ALL genetic subtype, a gene studied, or the change itself in ISCN (81291-7) or HGVS (48004-6, 81290-9)."
Expression: "component.where(code.coding.where((system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'ball-genetic-subtype') or (system = 'http://loinc.org' and (code = '48018-6' or code = '81291-7' or code = '48004-6' or code = '81290-9'))).exists()).exists()"
Severity: #error
