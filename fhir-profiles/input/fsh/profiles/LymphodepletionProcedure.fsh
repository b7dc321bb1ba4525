Profile: LymphodepletionProcedure
Parent: Procedure
Id: lymphodepletion-procedure
Title: "Lymphodepletion Procedure"
Description: "The lymphodepleting chemotherapy (usually fludarabine 30 mg/m²/day and cyclophosphamide 500 mg/m²/day for 2 to 4 days) given before a CAR-T infusion. It is its own Procedure, not a transplant conditioning regimen: no transplant, no intensity. Each drug given is a Lymphodepletion Drug Administration that is part of it; it is part of the CAR-T Cell Administration it prepares for, when that infusion took place."
* insert ProfileMetadata
* status MS
* subject MS
* subject only Reference(Patient)
* category 1..1 MS
* category = $sct#416608005 "Drug therapy (procedure)"
* code 1..1 MS
* code = $local#lymphodepletion "Lymphodepleting chemotherapy before cellular therapy"
* partOf 0..1 MS
* partOf only Reference(MedicationAdministration)
* partOf ^short = "The CAR-T infusion this lymphodepletion prepares for (absent if the infusion did not take place)"
* performed[x] MS
* performed[x] ^short = "Days of lymphodepletion (usually a period ending 2 to 7 days before the infusion)"
* reasonReference MS
* reasonReference only Reference(Condition)
* reasonReference ^short = "The B-ALL being treated"
* note MS
