Invariant: ball-hsct-41
Description: "MAGIC staging is for acute GvHD (SNOMED CT 402355000) and NIH 2014 scoring for chronic GvHD (402356004)."
Expression: "(stage.type.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'magic-2016').exists() implies code.coding.where(system = 'http://snomed.info/sct' and code = '402355000').exists()) and (stage.type.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'nih-2014').exists() implies code.coding.where(system = 'http://snomed.info/sct' and code = '402356004').exists())"
Severity: #error
