Invariant: ball-hsct-9
Description: "A CSF leukocyte count is coded LOINC 26465-5 (cerebrospinal fluid), never 26464-8, which is the blood count."
Expression: "component.code.coding.where(system = 'http://loinc.org' and code = '26464-8').empty()"
Severity: #error
