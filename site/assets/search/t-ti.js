window.polcatSearch("t-ti",  {"tier":[[11,"f"]],"time":[[10,"f"]]});
