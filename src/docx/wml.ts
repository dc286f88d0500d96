/** WordprocessingML's namespace: its prefix in each part (`w`, as Word and LibreOffice write it) is read from the part's root. */
export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
