Profile: TransplantDrugAdministration
Parent: CancerMedicationAdministration
Id: transplant-drug-administration
Title: "Transplant Drug Administration"
Description: "An administration of a conditioning drug (e.g. fludarabine, busulfan 10 mg/kg) or a GvHD-prophylaxis drug (e.g. post-transplant cyclophosphamide, tacrolimus, mycophenolate mofetil), recorded as part of the Conditioning or GvHD Prophylaxis Procedure of one transplant."
* insert ProfileMetadata
* medicationCodeableConcept from TransplantDrugVS (extensible)
* partOf 1..1 MS
* partOf only Reference(ConditioningProcedure or GvhdProphylaxisProcedure)
* partOf ^short = "The conditioning or GvHD prophylaxis this dose belongs to"
