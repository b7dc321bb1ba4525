Profile: ImmunotherapyAdministration
Parent: CancerMedicationAdministration
Id: immunotherapy-administration
Title: "Immunotherapy Administration"
Description: "An administration of an antibody-based therapy for relapsed or refractory B-ALL, such as inotuzumab ozogamicin (weekly doses in mg/m²) or blinatumomab (a continuous infusion over weeks: effectivePeriod with an optional rate). It is given for the leukaemia, so it names the B-ALL as its reason and is not part of a transplant Procedure."
* insert ProfileMetadata
* medicationCodeableConcept from ImmunotherapyDrugVS (extensible)
* reasonReference 1..* MS
* reasonReference only Reference(BAllCondition)
* reasonReference ^short = "The B-ALL being treated"
* partOf 0..0
