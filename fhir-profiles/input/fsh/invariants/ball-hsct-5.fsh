Invariant: ball-hsct-5
Description: "The drug is coded in RxNorm or ATC (or both)."
Expression: "medication.ofType(CodeableConcept).coding.where(system = 'http://www.nlm.nih.gov/research/umls/rxnorm' or system = 'http://www.whocc.no/atc').exists()"
Severity: #error
