window.polcatSearch("t-ro",  {"role":[[6,"f"],[7,"f"]],"router":[[10,"2"]]});
