Invariant: ball-hsct-40
Description: "A MAGIC overall grade is given with the MAGIC grading system, and an NIH global severity with the NIH 2014 system."
Expression: "(summary.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code.startsWith('magic-grade-')).exists() implies type.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'magic-2016').exists()) and (summary.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code.startsWith('nih-cgvhd-')).exists() implies type.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'nih-2014').exists())"
Severity: #error
