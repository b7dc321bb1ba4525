Profile: LymphodepletionDrugAdministration
Parent: CancerMedicationAdministration
Id: lymphodepletion-drug-administration
Title: "Lymphodepletion Drug Administration"
Description: "An administration of a lymphodepleting drug (fludarabine, cyclophosphamide, bendamustine) before a CAR-T infusion, recorded as part of the Lymphodepletion Procedure."
* insert ProfileMetadata
* medicationCodeableConcept from LymphodepletionDrugVS (extensible)
* partOf 1..1 MS
* partOf only Reference(Procedure)
* partOf ^short = "The Lymphodepletion Procedure this dose belongs to"
