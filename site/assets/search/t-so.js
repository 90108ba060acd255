window.polcatSearch("t-so",  {"solicit":[[10,"2"]],"solicitation":[[10,"2"]],"source":[[4,"1"],[10,"1"]]});
