Profile: ConditioningProcedure
Parent: Procedure
Id: conditioning-procedure
Title: "HSCT Conditioning Procedure"
Description: """
The conditioning regimen given before one transplant (for example fludarabine, treosulfan and thiotepa, or
cyclophosphamide with total body irradiation), as a Procedure that is part of the HSCT. Each drug dose is a
Transplant Drug Administration that is part of this Procedure, and each irradiation (TBI, TLI) a Conditioning
Radiation Procedure that is part of it. Serotherapy (ATG, alemtuzumab) that counts for both conditioning and GvHD
prophylaxis is an administration that is part of both Procedures. The intensity is recorded on the HSCT Procedure;
the server compares it with the regimen's doses when it sees the whole regimen (HSCT-0110 to HSCT-0112).
"""
* insert ProfileMetadata
* insert PatientProcedure
* partOf 1..1 MS
* partOf only Reference(Procedure)
* partOf ^short = "The transplant this conditioning prepares for (an HSCT Procedure)"
* category 1..1 MS
* category = $sct#416608005 "Drug therapy (procedure)"
* code 1..1 MS
* code = $local#conditioning-regimen "Conditioning regimen before HSCT"
* code.text MS
* code.text ^short = "Regimen name as reported, e.g. FluTreoThio, TBI/VP16"
* performed[x] MS
* performed[x] ^short = "Days of conditioning (usually a period ending before day 0)"
