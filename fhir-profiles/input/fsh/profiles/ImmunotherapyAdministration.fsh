Profile: ImmunotherapyAdministration
Parent: CancerMedicationAdministration
Id: immunotherapy-administration
Title: "Immunotherapy Administration"
Description: "An administration of an immunotherapy for the leukaemia itself, such as inotuzumab ozogamicin (weekly doses in mg/m²), blinatumomab (a continuous infusion over weeks: effectivePeriod with an optional rate), rituximab with chemotherapy, or a CAR-T cell product (see CAR-T Cell Administration). It is given for the leukaemia, so it names the condition treated (the B-ALL) as its reason and is not part of a transplant Procedure."
* insert ProfileMetadata
* medicationCodeableConcept from ImmunotherapyDrugVS (extensible)
* reasonReference 1..* MS
* reasonReference only Reference(Condition)
* reasonReference ^short = "The B-ALL being treated"
* partOf 0..0
