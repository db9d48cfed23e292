"""Month names in the languages CIOs write notes in, with their inflected forms and usual abbreviations.

Polish, Czech, Finnish, Turkish and Greek inflect month names (nominative, genitive "14 października", locative "w listopadzie"); the
abbreviations are the forms the languages' own calendars print ("déc.", "févr.", "mrt.", "paź.", "joulu"). A
name that is also a common English word ("out", "set", "mar", "sie") is read only with a year after it, never alone.
"""

from __future__ import annotations

_BY_MONTH: dict[int, str] = {
    1: "january jan januar jänner janvier janv enero ene januari janeiro gennaio gen styczeń stycznia styczniu sty "
       "leden ledna lednu led tammikuu tammikuuta tammikuussa tammik tammi",
    2: "february feb februar février fevrier févr fevr febrero februari fevereiro fev febbraio luty lutego lutym lut "
       "únor února únoru úno helmikuu helmikuuta helmikuussa helmik helmi",
    3: "march mar märz maerz mrz mars marzo maart mrt março marco marts marzec marca marcu březen března březnu bře "
       "maaliskuu maaliskuuta maaliskuussa maalisk maalis",
    4: "april apr avril avr abril abr aprile kwiecień kwietnia kwietniu kwi duben dubna dubnu dub huhtikuu huhtikuuta "
       "huhtikuussa huhtik huhti",
    5: "may mai mayo mei maio maggio mag maj maja maju květen května květnu kvě toukokuu toukokuuta toukokuussa "
       "toukok touko",
    6: "june jun juni juin junio junho giugno giu czerwiec czerwca czerwcu cze červen června červnu čvn kesäkuu "
       "kesäkuuta kesäkuussa kesäk kesä",
    7: "july jul juli juillet juil julio julho luglio lug lipiec lipca lipcu lip červenec července červenci čvc "
       "heinäkuu heinäkuuta heinäkuussa heinäk heinä",
    8: "august aug août aout agosto ago augustus augusti sierpień sierpnia sierpniu sie srpen srpna srpnu srp elokuu "
       "elokuuta elokuussa elok elo",
    9: "september sep sept septembre septiembre setiembre setembro settembre set wrzesień września wrześniu wrz září "
       "zář syyskuu syyskuuta syyskuussa syysk syys",
    10: "october oct okt oktober octobre octubre outubro out ottobre ott październik października październiku paź paz "
        "říjen října říjnu říj lokakuu lokakuuta lokakuussa lokak loka",
    11: "november nov novembre noviembre novembro listopad listopada listopadzie listopadu lis marraskuu "
        "marraskuuta marraskuussa marrask marras",
    12: "december dec dezember dez décembre decembre déc diciembre dic dezembro dicembre desember des grudzień "
        "grudnia grudniu gru prosinec prosince prosinci pro joulukuu joulukuuta joulukuussa jouluk joulu",
}
# Romanian, Turkish (with and without its letters, and its possessive "ekimi"), Indonesian, Hungarian and Greek
# (genitive, as dates are written, nominative and the calendar's short forms).
_MORE_MONTHS: dict[int, str] = {
    1: "ianuarie ian ocak ocağı januári január ιανουαρίου ιανουάριος ιαν",
    2: "februarie şubat subat şubatı pebruari február φεβρουαρίου φεβρουάριος φεβ",
    3: "martie mart martı maret március μαρτίου μάρτιος μαρ",
    4: "aprilie nisan április απριλίου απρίλιος απρ",
    5: "mayıs mayis mayısı május μαΐου μάιος μαΐ",
    6: "iunie haziran haziranı június ιουνίου ιούνιος ιουν",
    7: "iulie temmuz temmuzu július ιουλίου ιούλιος ιουλ",
    8: "ağustos agustos ağustosu agustus augusztus αυγούστου αύγουστος αυγ",
    9: "septembrie eylül eylul eylülü szeptember σεπτεμβρίου σεπτέμβριος σεπ",
    10: "octombrie ekim ekimi október οκτωβρίου οκτώβριος οκτ",
    11: "noiembrie kasım kasim kasımı nopember νοεμβρίου νοέμβριος νοε",
    12: "decembrie aralık aralik aralığı δεκεμβρίου δεκέμβριος δεκ",
}
MONTH_NUMBERS: dict[str, int] = {
    name: month for table in (_BY_MONTH, _MORE_MONTHS) for month, names in table.items() for name in names.split()
}

# English words, or too short to be sure of: a month only with a year after it ("14 set 2026"), never "3 out".
_NOT_ALONE = {"out", "set", "mar", "sie", "pro", "led", "lip", "lis", "des", "dub", "srp", "gen", "ago", "may", "mag",
              "ene", "elo", "kesä", "march", "mars",
              "ian", "mart", "nisan", "φεβ", "μαρ", "απρ", "μαΐ", "ιουν", "ιουλ", "αυγ", "σεπ", "οκτ", "νοε", "δεκ"}
# Forms a heading may name without a year ("le 12 novembre", "3 déc.", "14 października", "19 Nov").
YEARLESS_NAMES = sorted((n for n in MONTH_NUMBERS if n not in _NOT_ALONE), key=len, reverse=True)
