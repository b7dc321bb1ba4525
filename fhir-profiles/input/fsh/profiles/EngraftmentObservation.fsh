Profile: EngraftmentObservation
Parent: Observation
Id: engraftment-observation
Title: "Engraftment Observation"
Description: "Whether the graft has engrafted, dated on the day engraftment was documented, with that day counted from the transplant (D+n) as transplant reports give it. The engraftment definition (thresholds of neutrophils or platelets) follows the transplant centre; put it in a note when known. It is part of the transplant it follows."
* insert ProfileMetadata
* insert PatientObservation
* insert LaboratoryCategory
* code = $local#engraftment "Engraftment"
* code MS
* partOf 1..1 MS
* partOf only Reference(HsctProcedure)
* partOf ^short = "The transplant that engrafted"
* effective[x] only dateTime
* effective[x] ^short = "Date engraftment was documented"
* value[x] 1..1 MS
* value[x] only boolean
* value[x] ^short = "true = engrafted; false = graft failure"
* component MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #open
* component ^slicing.description = "Slice on component.code."
* component contains dayPostTransplant 0..1 MS
* component[dayPostTransplant] obeys ball-hsct-7
* component[dayPostTransplant] ^short = "Day after transplant (the n of D+n)"
* component[dayPostTransplant].code = $local#day-post-hsct "Day after transplant"
* component[dayPostTransplant].value[x] 1..1
* component[dayPostTransplant].value[x] only integer
