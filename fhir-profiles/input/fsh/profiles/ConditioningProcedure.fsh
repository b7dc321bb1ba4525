Profile: ConditioningProcedure
Parent: Procedure
Id: conditioning-procedure
Title: "HSCT Conditioning Procedure"
Description: "The conditioning regimen given before one transplant (for example fludarabine, treosulfan and thiotepa), as a drug-therapy Procedure that is part of the HSCT. Each drug given is a Transplant Drug Administration that is part of this Procedure. The intensity is recorded on the HSCT Procedure."
* insert ProfileMetadata
* insert PatientProcedure
* partOf 1..1 MS
* partOf only Reference(HsctProcedure)
* partOf ^short = "The transplant this conditioning prepares for"
* category 1..1 MS
* category = $sct#416608005 "Drug therapy (procedure)"
* code 1..1 MS
* code = $local#conditioning-regimen "Conditioning regimen before HSCT"
* performed[x] MS
* performed[x] ^short = "Days of conditioning (usually a period ending before day 0)"
