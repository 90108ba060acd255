window.polcatSearch("t-ss",  {"ssh":[[4,"f"]],"ssh-from-management-v4":[[4,"f"]],"ssh-from-management-v6":[[4,"2"]]});
