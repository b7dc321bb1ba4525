Profile: ChimerismObservation
Parent: Observation
Id: chimerism-observation
Title: "Donor Chimerism Observation"
Description: """
Proportion of donor-derived cells after an allogeneic transplant, either coded (complete donor, mixed,
complete recipient) or as percent donor cells. It is part of the transplant it monitors. The method may
be XY-FISH (after a sex-mismatched transplant) or STR-PCR; specimen and method are optional because
reports often omit them. The code is local: the only LOINC chimerism code found (102113-8) is
deprecated.
"""
* insert ProfileMetadata
* insert PatientObservation
* insert LaboratoryCategory
* obeys ball-hsct-1
* code = $local#donor-chimerism "Donor chimerism"
* code MS
* partOf 1..1 MS
* partOf only Reference(HsctProcedure)
* partOf ^short = "The transplant being monitored"
* value[x] 1..1 MS
* value[x] only CodeableConcept or Quantity
* value[x] ^short = "Complete donor | mixed | complete recipient, or percent donor cells"
* valueCodeableConcept from ChimerismResultVS (required)
* insert UcumQuantity(%)
* method MS
* method from ChimerismMethodVS (extensible)
* method ^short = "FISH (XY-FISH) | STR-PCR"
* specimen 0..1 MS
