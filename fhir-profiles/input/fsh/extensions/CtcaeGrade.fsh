Extension: CtcaeGrade
Id: ctcae-grade
Title: "CTCAE Grade"
Description: "Grade 1–5 of an adverse event under the Common Terminology Criteria for Adverse Events. R4 AdverseEvent.severity is required-bound to mild | moderate | severe and cannot carry it. Counterpart: CodeX Radiation Therapy adverse-event grade extension; the PedCan draft's CTCAE grade extension; none in mCODE or PanCareSurPass."
Context: AdverseEvent
* insert ProfileMetadata
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from CtcaeGradeVS (required)
