Profile: ComplicationCondition
Parent: Condition
Id: complication-condition
Title: "Transplant Complication"
Description: "A complication of haematopoietic stem cell transplant other than GvHD, such as persistent post-transplant lymphopenia or sinusoidal obstruction syndrome, linked to the transplant it followed. 'No signs of SOS' is recorded with verificationStatus refuted. Where a grade is wanted, record a CTCAE Adverse Event as well."
* insert ProfileMetadata
* insert PatientCondition
* extension contains
    $condition-dueTo named dueTo 0..1 MS and
    $condition-related named related 0..* MS
* extension[dueTo] ^short = "The transplant it followed"
* extension[dueTo].value[x] only Reference(HsctProcedure)
* extension[related] ^short = "The leukaemia"
* extension[related].value[x] only Reference(BAllCondition)
* code 1..1 MS
* code from TransplantComplicationVS (extensible)
* code ^short = "Post-transplant lymphopenia | sinusoidal obstruction syndrome | …"
* severity MS
* severity ^short = "Severity as reported (text is allowed, e.g. 'moderate to severe')"
