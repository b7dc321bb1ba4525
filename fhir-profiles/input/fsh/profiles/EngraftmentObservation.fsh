Profile: EngraftmentObservation
Parent: Observation
Id: engraftment-observation
Title: "Engraftment Observation"
Description: """
Whether the graft has engrafted, dated on the day engraftment was reached (for a lineage result, the
first day of the qualifying run of counts), with that day counted from the transplant (D+n) as
transplant reports give it. Neutrophil and platelet engraftment are distinct results, told apart by
`component[lineage]`: neutrophils ANC at least 0.5 x 10^9/L on 3 consecutive days (CIBMTR), platelets at
least 20 x 10^9/L on 3 consecutive days without transfusion for 7 days (ASTCT / CIBMTR). Without that
component the result is engraftment as the report gives it (thresholds in a note when known).
valueBoolean false = engraftment not achieved by the date given; the diagnosis of primary or
secondary graft failure is a Transplant Complication Condition, which may cite this result as evidence.
It is part of the transplant it follows.
"""
* insert ProfileMetadata
* insert PatientObservation
* insert LaboratoryCategory
* code = $local#engraftment "Engraftment"
* code MS
* partOf 1..1 MS
* partOf only Reference(Procedure)
* partOf ^short = "The transplant that engrafted"
* effective[x] only dateTime
* effective[x] ^short = "Date engraftment was reached (first day of the qualifying counts) or assessed"
* value[x] 1..1 MS
* value[x] only boolean
* value[x] ^short = "true = engrafted; false = not engrafted by this date"
* component MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #open
* component ^slicing.description = "Slice on component.code."
* component contains dayPostTransplant 0..1 MS and lineage 0..1 MS
* component[dayPostTransplant] obeys ball-hsct-7
* component[dayPostTransplant] ^short = "Day after transplant (the n of D+n)"
* component[dayPostTransplant].code = $local#day-post-hsct "Day after transplant"
* component[dayPostTransplant].value[x] 1..1
* component[dayPostTransplant].value[x] only integer
* component[lineage] ^short = "Neutrophil | platelet engraftment (absent: as reported, lineage not stated)"
* component[lineage].code = $local#engraftment-lineage "Engraftment lineage"
* component[lineage].value[x] 1..1
* component[lineage].value[x] only CodeableConcept
* component[lineage].valueCodeableConcept from EngraftmentLineageVS (required)
