Invariant: ball-hsct-5
Description: "The drug is coded in RxNorm or ATC (or both); a CAR-T product with neither code carries its local product code."
Expression: "medication.ofType(CodeableConcept).coding.where(system = 'http://www.nlm.nih.gov/research/umls/rxnorm' or system = 'http://www.whocc.no/atc' or (system = 'https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs' and (code = 'brexucabtagene-autoleucel' or code = 'obecabtagene-autoleucel' or code = 'academic-car-t-cd19' or code = 'academic-car-t-cd22' or code = 'academic-car-t-cd19-cd22'))).exists()"
Severity: #error
