window.polcatSearch("n6-0-0",  {"::1/128":[[10,"f"]]});
