Profile: CtcaeAdverseEvent
Parent: AdverseEvent
Id: ctcae-adverse-event
Title: "CTCAE Adverse Event"
Description: "A harmful event during leukaemia therapy, named with a CTCAE term (NCI Thesaurus code, e.g. Platelet count decreased) and graded 1–5 under CTCAE in the ctcae-grade extension. AdverseEvent.severity (mild | moderate | severe) is not used. The suspected cause is a drug administration or transplant Procedure."
* insert ProfileMetadata
* extension contains CtcaeGrade named ctcaeGrade 1..1 MS
* extension[ctcaeGrade] ^short = "CTCAE grade 1–5"
* actuality MS
* event 1..1 MS
* event from CtcaeTermVS (preferred)
* event ^short = "CTCAE term (NCI Thesaurus code)"
* subject MS
* subject only Reference(BAllPatient)
* date MS
* date ^short = "When the event occurred"
* severity 0..0
* outcome MS
* suspectEntity MS
* suspectEntity.instance MS
* suspectEntity.instance only Reference(CancerMedicationAdministration or HsctProcedure or ConditioningProcedure or GvhdProphylaxisProcedure)
* suspectEntity.instance ^short = "The drug administration or procedure suspected"
