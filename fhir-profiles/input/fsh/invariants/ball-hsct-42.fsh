Invariant: ball-hsct-42
Description: "A MAGIC organ stage is 0 to 4 for skin, liver and lower GI, and 0 to 1 for upper GI."
Expression: "component.where(code.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and (code = 'magic-skin-stage' or code = 'magic-liver-stage' or code = 'magic-lower-gi-stage')).exists()).value.ofType(integer).all($this >= 0 and $this <= 4) and component.where(code.coding.where(system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and code = 'magic-upper-gi-stage').exists()).value.ofType(integer).all($this >= 0 and $this <= 1)"
Severity: #error
