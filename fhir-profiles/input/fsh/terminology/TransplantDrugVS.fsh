ValueSet: TransplantDrugVS
Id: transplant-drug-vs
Title: "Conditioning and GvHD Prophylaxis Drugs"
Description: "Drugs given as part of an HSCT conditioning regimen or a GvHD prophylaxis, as RxNorm ingredients and ATC codes."
* insert ArtifactMetadata
* insert DrugCopyright
* $rxnorm#3002 "cyclophosphamide"
* $rxnorm#24698 "fludarabine"
* $rxnorm#38508 "treosulfan"
* $rxnorm#10473 "thiotepa"
* $rxnorm#1828 "busulfan"
* $rxnorm#42316 "tacrolimus"
* $rxnorm#68149 "mycophenolate mofetil"
* $atc#L01AA01 "cyclophosphamide"
* $atc#L01BB05 "fludarabine"
* $atc#L01AB02 "treosulfan"
* $atc#L01AC01 "thiotepa"
* $atc#L01AB01 "busulfan"
* $atc#L04AD02 "tacrolimus"
* $atc#L04AA06 "mycophenolic acid"
