Profile: TransplantDrugAdministration
Parent: CancerMedicationAdministration
Id: transplant-drug-administration
Title: "Transplant Drug Administration"
Description: "An administration of a conditioning drug (e.g. fludarabine, busulfan 10 mg/kg), a serotherapy (rabbit ATG, alemtuzumab) or a GvHD-prophylaxis drug (e.g. post-transplant cyclophosphamide, tacrolimus, mycophenolate mofetil), recorded as part of the Conditioning or GvHD Prophylaxis Procedure of one transplant. Serotherapy counts for both: an ATG or alemtuzumab dose may be part of the conditioning and of the prophylaxis Procedure at once."
* insert ProfileMetadata
* medicationCodeableConcept from TransplantDrugVS (extensible)
* partOf 1..* MS
* partOf only Reference(Procedure)
* partOf ^short = "The conditioning and/or GvHD prophylaxis Procedure this dose belongs to (serotherapy: both)"
