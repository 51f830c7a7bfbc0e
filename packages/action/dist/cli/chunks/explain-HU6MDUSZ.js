import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import{a as on}from"./chunk-Y7UJJ264.js";import{a as He,b as De,c as ce,d as Ne}from"./chunk-77DSXFCY.js";import{a as ae}from"./chunk-CHIRAYZB.js";import{Da as se,Ea as he,Fa as Pe,Ga as le,Ha as Ee,sa as ie,ta as X}from"./chunk-JGWTPCX2.js";import"./chunk-YW5SD3C6.js";import{e as rn}from"./chunk-CJYHF5XF.js";function ge(){return{async:!1,breaks:!1,extensions:null,gfm:!0,hooks:null,pedantic:!1,renderer:null,silent:!1,tokenizer:null,walkTokens:null}}var M=ge();function _e(t){M=t}var D={exec:()=>null};function H(t){let e=[];return n=>{let o=Math.max(0,Math.min(3,n-1)),r=e[o];return r||(r=t(o),e[o]=r),r}}function u(t,e=""){let n=typeof t=="string"?t:t.source,o={replace:(r,a)=>{let i=typeof a=="string"?a:a.source;return i=i.replace(v.caret,"$1"),n=n.replace(r,i),o},getRegex:()=>new RegExp(n,e)};return o}var Ue=((t="")=>{try{return!!new RegExp("(?<=1)(?<!1)"+t)}catch{return!1}})(),v={codeRemoveIndent:/^(?: {0,3}\t| {1,4})/gm,listInterruptsParagraph:/^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/,outputLinkReplace:/\\([\[\]])/g,indentCodeCompensation:/^(\s+)(?:```)/,beginningSpace:/^\s+/,endingHash:/#$/,startingSpaceChar:/^ /,endingSpaceChar:/ $/,endingSpaceTabChar:/[ \t]$/,nonSpaceChar:/[^ ]/,newLineCharGlobal:/\n/g,tabCharGlobal:/\t/g,leadingSpaceTab:/^[ \t]+/,multipleSpaceGlobal:/\s+/g,blankLine:/^[ \t]*$/,doubleBlankLine:/\n[ \t]*\n[ \t]*$/,blockquoteStart:/^ {0,3}>/,blockquoteSetextReplace:/\n {0,3}((?:=+|-+)[ \t]*)(?=\n|$)/g,blockquoteSetextReplace2:/^ {0,3}>[ \t]?/gm,blockquoteMarkerWhitespace:/^( {0,3}>)(\t[ \t]*)/gm,nestedBlockMarker:/^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/,listReplaceNesting:/^ {1,4}(?=( {4})*[^ ])/g,listIsTask:/^\[[ xX]\][ \t]+\S/,listReplaceTask:/^\[[ xX]\][ \t]+/,listTaskCheckbox:/\[[ xX]\]/,anyLine:/\n.*\n/,hrefBrackets:/^<(.*)>$/,tableDelimiter:/[:|]/,tableAlignChars:/^\||\| *$/g,tableRowBlankLine:/\n[ \t]*$/,tableAlignRight:/^ *-+: *$/,tableAlignCenter:/^ *:-+: *$/,tableAlignLeft:/^ *:-+ *$/,startATag:/^<a /i,endATag:/^<\/a>/i,startPreScriptTag:/^<(pre|code|kbd|script)(\s|>)/i,endPreScriptTag:/^<\/(pre|code|kbd|script)(\s|>)/i,startAngleBracket:/^</,endAngleBracket:/>$/,pedanticHrefTitle:/^([^'"]*[^\s])\s+(['"])(.*)\2/,unicodeAlphaNumeric:/[\p{L}\p{N}]/u,numericCharacterReference:/&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/,numericCharacterReferenceOrAmpersand:/&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g,escapeTest:/[&<>"']/,escapeReplace:/[&<>"']/g,escapeTestNoEncode:/[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/,escapeReplaceNoEncode:/[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g,caret:/(^|[^\[])\^/g,percentDecode:/%25/g,findPipe:/\|/g,splitPipe:/ \|/,slashPipe:/\\\|/g,carriageReturn:/\r\n|\r/g,spaceLine:/^ +$/gm,notSpaceStart:/^\S*/,endingNewline:/\n$/,listItemRegex:t=>new RegExp(`^( {0,3}${t})((?:[	 ][^\\n]*)?(?:\\n|$))`),nextBulletRegex:H(t=>new RegExp(`^ {0,${t}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`)),hrRegex:H(t=>new RegExp(`^ {0,${t}}((?:-[ 	]*){3,}|(?:_[ 	]*){3,}|(?:\\*[ 	]*){3,})(?:\\n+|$)`)),fencesBeginRegex:H(t=>new RegExp(`^ {0,${t}}(?:\`\`\`|~~~)`)),headingBeginRegex:H(t=>new RegExp(`^ {0,${t}}#{1,6}(?:\\s|$)`)),pedanticHeadingBeginRegex:H(t=>new RegExp(`^ {0,${t}}#`)),htmlBeginRegex:H(t=>new RegExp(`^ {0,${t}}(?:</?(?:${me})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`,"i")),blockquoteBeginRegex:H(t=>new RegExp(`^ {0,${t}}>`)),nestedContainerMarkers:/^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/},an=/^(?:[ \t]*(?:\n|$))+/,sn=/^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/,hn=/^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}(?:(?=`)\1`*|(?=~)\1~*) *(?=\n|$)|$)/,Y=/^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/,ln=/^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/,we=/ {0,3}(?:[*+-]|\d{1,9}[.)])/,me="address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul",G=u(" {0,3}(?:</?(?:tag)(?:[ \\t]+|\\n|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)").replace("tag",me).getRegex(),Ye=/^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |fences|blockquote|heading|hr|html|table))+?)\n {0,3}(=+|-+)[ \t]*(?:\n+|$)/,Ge=u(Ye).replace(/bull/g,we).replace(/blockCode/g,/(?: {4}| {0,3}\t)/).replace(/fences/g,/ {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g,/ {0,3}>/).replace(/heading/g,/ {0,3}#{1,6}(?:\s|$)/).replace(/hr/g,/ {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/\|table/g,"").replace(/html/g,G).getRegex(),cn=u(Ye).replace(/bull/g,we).replace(/blockCode/g,/(?: {4}| {0,3}\t)/).replace(/fences/g,/ {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g,/ {0,3}>/).replace(/heading/g,/ {0,3}#{1,6}(?:\s|$)/).replace(/hr/g,/ {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/table/g,/ {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).replace(/html/g,G).getRegex(),fe=/^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table|[ \t]+\n)[^\n]+)*)/,dn=/^[^\n]+/,ke=/(?!\s*\])(?:\\[\s\S]|[^\[\]\\\n]|\n(?![ \t]*\n))+/,pn=u(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<(?:\\.|[^\n<>\\])*>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label",ke).replace("title",/(?:"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\\n]|\n(?!\n))*'|\((?:\\[\s\S]|[^()\\])*\))/).getRegex(),un=u(/^(bull)([ \t][^\n]*?)?(?:\n|$)/).replace(/bull/g,we).getRegex(),ye=/<!--(?:-?>|[\s\S]*?(?:-->|$))/,gn=u("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n*|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>[^\\n]*\\n*|$)|<![A-Z][\\s\\S]*?(?:>[^\\n]*\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>[^\\n]*\\n*|$)|</?(tag)(?:[ \\t]+|\\n|/?>|$)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!(?:script|pre|style|textarea)(?![a-z0-9-]))([a-z][a-z0-9-]*)(?:attribute)*?[ \\t]*/?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</[a-z][a-z0-9-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))","i").replace("comment",ye).replace("tag",me).replace("attribute",/[ \t]+[a-zA-Z:_][\w.:-]*(?:[ \t]*=[ \t]*"[^"\n]*"|[ \t]*=[ \t]*'[^'\n]*'|[ \t]*=[ \t]*[^\s"'=<>`]+)?/).getRegex(),Ze=t=>u(fe).replace("hr",Y).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("|lheading","").replace("|table","").replace("blockquote"," {0,3}>").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list",t).replace("html",G).getRegex(),wn=Ze(/ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/),mn=Ze(/ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\n|$)/),fn=u(/^( {0,3}> ?(?:(?![ \t]*(?:\n|$))(paragraph)|[^\n]*)(?:\n|$))+/).replace("paragraph",mn).getRegex(),be={blockquote:fn,code:sn,def:pn,fences:hn,heading:ln,hr:Y,html:gn,lheading:Ge,list:un,newline:an,paragraph:wn,table:D,text:dn},Re=u("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr",Y).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("blockquote"," {0,3}>").replace("code","(?: {4}| {0,3}	)[^\\n]").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list"," {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html",G).getRegex(),kn={...be,lheading:cn,table:Re,paragraph:u(fe).replace("hr",Y).replace("heading"," {0,3}#{1,6}(?:\\s|$)").replace("|lheading","").replace("table",Re).replace("blockquote"," {0,3}>").replace("fences"," {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list"," {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]").replace("html",G).getRegex()},yn={...be,html:u(`^ *(?:comment(?: *\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1>(?: *\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?>(?: *\\n{2,}|\\s*$))`).replace("comment",ye).replace(/tag/g,"(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(),def:/^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/,heading:/^(#{1,6})(.*)(?:\n+|$)/,fences:D,lheading:/^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/,paragraph:u(fe).replace("hr",Y).replace("heading",` *#{1,6} *[^
]`).replace("|table","").replace("blockquote"," {0,3}>").replace("|fences","").replace("|list","").replace("|html","").replace("|tag","").replace("lheading",Ge).getRegex()},bn=/^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/,vn=/^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/,Je=/^( {2,}|\\)\n(?!\s*$)[ \t]*/,xn=/^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/,B=/[\p{P}\p{S}]/u,L=/[\s\p{P}\p{S}]/u,Z=/[^\s\p{P}\p{S}]/u,Tn=u(/^((?![*_])punctSpace)/,"u").replace(/punctSpace/g,L).getRegex(),Fn=/[\p{Pi}\p{Ps}"']/u,Qe=/(?!~)[\p{P}\p{S}]/u,Cn=/(?!~)[\s\p{P}\p{S}]/u,Bn=/(?:[^\s\p{P}\p{S}]|~)/u,An=u(/link|precode-code|html/,"g").replace("link",/\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-",Ue?"(?<!`)()":"(^^|[^`])").replace("code",/(?<b>`+)[^`]+\k<b>(?!`)/).replace("html",/<(?! )[^<>]*?>/).getRegex(),Xe=/^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/,Sn=u(Xe,"u").replace(/punct/g,B).getRegex(),Pn=u(Xe,"u").replace(/punct/g,Qe).getRegex(),En=/^(?:\*+(?:((?!\*)(?!openQuote)punct)|([^\s*]))?)|^_+(?:((?!_)(?!openQuote)punct)|([^\s_]))?/,Hn=u(En,"u").replace(/openQuote/g,Fn).replace(/punct/g,B).getRegex(),Ke="^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)",Dn=u(Ke,"gu").replace(/notPunctSpace/g,Z).replace(/punctSpace/g,L).replace(/punct/g,B).getRegex(),Nn=u(Ke,"gu").replace(/notPunctSpace/g,Bn).replace(/punctSpace/g,Cn).replace(/punct/g,Qe).getRegex(),Rn="^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)[\\s](\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|(?:(?!\\*)punct|notPunctSpace)(\\*+)(?!\\*)(?=notPunctSpace)",Mn=u(Rn,"gu").replace(/notPunctSpace/g,Z).replace(/punctSpace/g,L).replace(/punct/g,B).getRegex(),Wn=u("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)","gu").replace(/notPunctSpace/g,Z).replace(/punctSpace/g,L).replace(/punct/g,B).getRegex(),In="^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)[\\s](_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)|(?:(?!_)punct|notPunctSpace)(_+)(?!_)(?=notPunctSpace)",On=u(In,"gu").replace(/notPunctSpace/g,Z).replace(/punctSpace/g,L).replace(/punct/g,B).getRegex(),$n=u(/^~~?(?:((?!~)punct)|[^\s~])/,"u").replace(/punct/g,B).getRegex(),Ln="^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)",jn=u(Ln,"gu").replace(/notPunctSpace/g,Z).replace(/punctSpace/g,L).replace(/punct/g,B).getRegex(),zn=u(/\\(punct)/,"gu").replace(/punct/g,B).getRegex(),qn=u(/(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)|`+|\\(punct)/,"gu").replace(/punct/g,B).getRegex(),_n=u(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme",/[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email",/[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex(),Un=u(ye).replace("(?:-->|$)","-->").getRegex(),Yn=u("^comment|^</[a-zA-Z][a-zA-Z0-9-]*\\s*>|^<[a-zA-Z][a-zA-Z0-9-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment",Un).replace("attribute",/\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex(),Ve=/\[(?:\\[\s\S]|[^\[\]\\])*\]/,ee=u(/(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/).replace("brackets",Ve).getRegex(),Gn=u(/^!?\[(label)\]\([ \t\n]*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?[ \t\n]*\)/).replace("label",ee).replace("href",/<(?:\\.|[^\n<>\\])*>|(?!<)[^ \t\n\x00-\x1f]+|(?=\))/).replace("title",/"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|\((?:\\[\s\S]|[^)\\])*\)/).getRegex(),Zn=u(/^!?\[(label)\]\[(ref)\]/).replace("label",ee).replace("ref",ke).getRegex(),Jn=u(/^!?\[(ref)\](?:\[\])?/).replace("ref",ke).getRegex(),Me=/(?!\s*\])(?:\\[\s\S]|[^\[\]\\]){1,999}/,Qn=u(/(?:[^\[\]\\`]*(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\]))){0,999}?[^\[\]\\`]*?/).replace("brackets",Ve).getRegex(),Xn=u("reflink|nolink(?!\\()","g").replace("reflink",u(/^!?\[(label)\]\[(ref)\]/).replace("label",Qn).replace("ref",Me).getRegex()).replace("nolink",u(/^!?\[(ref)\](?:\[\])?/).replace("ref",Me).getRegex()).getRegex(),We=/[hH][tT][tT][pP][sS]?|[fF][tT][pP]/,Kn=/[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/,Vn=u(/(?:mailto:email|xmpp:email(?:\/[A-Za-z0-9@.]+)?)/).replace(/email/g,Kn).getRegex(),ve={_backpedal:D,anyPunctuation:zn,anyPunctuationOutsideCode:qn,autolink:_n,blockSkip:An,br:Je,code:vn,del:D,delLDelim:D,delRDelim:D,emStrongLDelim:Sn,emStrongRDelimAst:Dn,emStrongRDelimUnd:Wn,escape:bn,link:Gn,nolink:Jn,punctuation:Tn,reflink:Zn,reflinkSearch:Xn,tag:Yn,text:xn,url:D},et={...ve,emStrongLDelim:Hn,emStrongRDelimAst:Mn,emStrongRDelimUnd:On,link:u(/^!?\[(label)\]\((.*?)\)/).replace("label",ee).getRegex(),reflink:u(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label",ee).getRegex()},de={...ve,emStrongRDelimAst:Nn,emStrongLDelim:Pn,delLDelim:$n,delRDelim:jn,url:u(/^emailProtocol|^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("emailProtocol",Vn).replace("protocol",We).replace("email",/[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(),_backpedal:/(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/,del:/^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/,text:u(/^(?:[^a-zA-Z0-9](?=emailProtocol)|(`+|~+|[^`~])(?:(?=[`~])|(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|wwwStart|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9](?=emailProtocol)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@))))/).replace("protocol",We).replace(/emailProtocol/g,/(?:mailto|xmpp):/).replace("wwwStart",Ue?"(?<![^\\s*_~(])www\\.":"www\\.").getRegex()},nt={...de,br:u(Je).replace("{2,}","*").getRegex(),text:u(de.text).replace("\\b_","\\b_| {2,}\\n").replace(/\{2,\}/g,"*").getRegex()},K={normal:be,gfm:kn,pedantic:yn},_={normal:ve,gfm:de,breaks:nt,pedantic:et},tt={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},Ie=t=>tt[t];function x(t,e){if(e){if(v.escapeTest.test(t))return t.replace(v.escapeReplace,Ie)}else if(v.escapeTestNoEncode.test(t))return t.replace(v.escapeReplaceNoEncode,Ie);return t}function rt(t){return v.numericCharacterReference.test(t)?t.replace(v.numericCharacterReferenceOrAmpersand,(e,n,o)=>{if(n===void 0&&o===void 0)return"&amp;";let r=n===void 0?Number.parseInt(o,16):Number.parseInt(n,10);return r===0||r>1114111||r>=55296&&r<=57343?"\uFFFD":r===38?"&amp;":String.fromCodePoint(r)}):t}function Oe(t){try{t=encodeURI(t).replace(v.percentDecode,"%")}catch{return null}return t}function $e(t,e){let n=t.replace(v.findPipe,(a,i,s)=>{let h=!1,d=i;for(;--d>=0&&s[d]==="\\";)h=!h;return h?"|":" |"}),o=n.split(v.splitPipe),r=0;if(o[0].trim()||o.shift(),o.length>0&&!o.at(-1)?.trim()&&o.pop(),e)if(o.length>e)o.splice(e);else for(;o.length<e;)o.push("");for(;r<o.length;r++)o[r]=o[r].trim().replace(v.slashPipe,"|");return o}function S(t,e,n){let o=t.length;if(o===0)return"";let r=0;for(;r<o;){let a=t.charAt(o-r-1);if(a===e&&!n)r++;else if(a!==e&&n)r++;else break}return t.slice(0,o-r)}function Le(t){let e=t.split(`
`),n=e.length-1;for(;n>=0&&v.blankLine.test(e[n]);)n--;return e.length-n<=2?t:e.slice(0,n+1).join(`
`)}function ne(t){return t.trim().replace(v.multipleSpaceGlobal," ").toLowerCase().toUpperCase().toLowerCase()}function je(t,e){if(t.indexOf(e[0])===-1&&t.indexOf(e[1])===-1)return-1;let n=0;for(let o=0;o<t.length;o++)if(t[o]==="\\")o++;else if(t[o]===e[0])n++;else if(t[o]===e[1]&&(n--,n<0))return o;return n>0?-2:-1}var $=new WeakMap;function xe(t){let e={"*":-1,_:-1},n=-1,o=t.length;for(let r=0;r<o;r++){let a=t[r];if(a!=="*"&&a!=="_"&&a!=="~")continue;let i=r===0?`
`:t[r-1],s=r+1;for(;s<o&&t[s]===a;)s++;i!==" "&&i!=="	"&&i!==`
`&&i!=="\r"&&i!=="\f"&&(a==="~"?n=r:e[a]=r),r=s-1}return{maskedSrc:t,lastPossibleEmStrongCloserIndex:e,lastPossibleDelCloserIndex:n}}function ot(t,e){let n=xe(e),o=$.get(t);o?o.push(n):$.set(t,[n])}function at(t){let e=$.get(t);e&&(e.pop(),e.length===0&&$.delete(t))}function en(t,e,n){let o=$.get(t)?.at(-1);return o&&o.maskedSrc===e?o.lastPossibleEmStrongCloserIndex[n]:xe(e).lastPossibleEmStrongCloserIndex[n]}function nn(t,e){let n=$.get(t)?.at(-1);return n&&n.maskedSrc===e?n.lastPossibleDelCloserIndex:xe(e).lastPossibleDelCloserIndex}function V(t,e=0){let n=e,o="";for(let r of t)if(r==="	"){let a=4-n%4;o+=" ".repeat(a),n+=a}else o+=r,n++;return o}function it(t,e){let n="";for(let o=0;o<t.length;o++){if(t[o]==="`"){let r=e.inline.code.exec(t.slice(o));if(r){n+=r[0],o+=r[0].length-1;continue}}if(t[o]==="\\"&&(t[o+1]==="["||t[o+1]==="]")){n+=t[o+1],o++;continue}n+=t[o]}return n}function ze(t,e,n,o,r){let a=e.href,i=e.title||null,s=it(t[1],r),h=t[0].charAt(0)==="!",d=o.state.inLink,l=o.state.linkEmitted,p=o.state.inRawBlock;o.state.inLink=!0,o.state.linkEmitted=!1;let c=o.inlineTokens(s),g=o.state.linkEmitted;if(o.state.linkEmitted=l,o.state.inLink=d,!h){if(g){o.state.inRawBlock=p;return}o.state.linkEmitted=!0}return{type:h?"image":"link",raw:n,href:a,title:i,text:s,tokens:c}}function st(t,e,n){let o=t.match(n.other.indentCodeCompensation);if(o===null)return e;let r=o[1];return e.split(`
`).map(a=>{let i=a.match(n.other.beginningSpace);if(i===null)return a;let[s]=i;return a.slice(Math.min(s.length,r.length))}).join(`
`)}function qe(t,e,n,o){if(!e.includes("<"))return!1;for(let r=0;r<e.length;r++){if(e[r]==="\\"){r++;continue}if(e[r]==="`"){let s=o.inline.code.exec(e.slice(r));if(s){r+=s[0].length-1;continue}}if(e[r]!=="<")continue;let a=t.slice(n+r),i=o.inline.tag.exec(a)||o.inline.autolink.exec(a);if(i){if(i[0].length>e.length-r)return!0;r+=i[0].length-1}}return!1}var N=class{options;rules;lexer;constructor(t){this.options=t||M}space(t){let e=this.rules.block.newline.exec(t);if(e&&e[0].length>0)return{type:"space",raw:e[0]}}code(t){let e=this.rules.block.code.exec(t);if(e){let n=this.options.pedantic?e[0]:Le(e[0]),o=n.replace(this.rules.other.codeRemoveIndent,"");return{type:"code",raw:n,codeBlockStyle:"indented",text:o}}}fences(t){let e=this.rules.block.fences.exec(t);if(e){let n=e[0],o=st(n,e[3]||"",this.rules);return e[3]!==void 0&&(o===""||o.endsWith(`
`))&&(o+=`
`),{type:"code",raw:n,lang:e[2]?e[2].trim().replace(this.rules.inline.anyPunctuation,"$1"):e[2],text:o}}}heading(t){let e=this.rules.block.heading.exec(t);if(e){let n=e[2].trim();if(this.rules.other.endingHash.test(n)){let o=S(n,"#");(this.options.pedantic||!o||this.rules.other.endingSpaceTabChar.test(o))&&(n=o.trim())}return{type:"heading",raw:S(e[0],`
`),depth:e[1].length,text:n,tokens:this.lexer.inline(n)}}}hr(t){let e=this.rules.block.hr.exec(t);if(e)return{type:"hr",raw:S(e[0],`
`)}}blockquote(t){let e=this.rules.block.blockquote.exec(t);if(e){let n=S(e[0],`
`).split(`
`),o="",r="",a=[];for(;n.length>0;){let i=!1,s=[],h;for(h=0;h<n.length;h++)if(this.rules.other.blockquoteStart.test(n[h]))s.push(n[h]),i=!0;else if(!i)s.push(n[h]);else break;n=n.slice(h);let d=s.join(`
`),l=d.replace(this.rules.other.blockquoteMarkerWhitespace,(g,m,b)=>b.startsWith(" ")?m+" "+b.slice(1):m+V(b,m.length)).replace(this.rules.other.blockquoteSetextReplace,`
    $1`).replace(this.rules.other.blockquoteSetextReplace2,"");o=o?`${o}
${d}`:d,r=r?`${r}
${l}`:l;let p=this.lexer.state.top;if(this.lexer.state.top=!0,this.lexer.blockTokens(l,a,!0),this.lexer.state.top=p,n.length===0)break;let c=a.at(-1);if(c?.type==="code"||c?.type==="heading"||c?.type==="hr"||c?.type==="html"||c?.type==="table")break;if(c?.type==="blockquote"){let g=c,m=n.join(`
`),b=g.raw+`
`+m.replace(this.rules.other.blockquoteSetextReplace2,""),w=this.blockquote(b);a[a.length-1]=w;let k=b.substring(w.raw.length).replace(/^\n/,""),A=k?k.split(`
`).length:0,y=A?n.slice(0,-A):n;if(y.length>0&&(o=`${o}
${y.join(`
`)}`),r=r.substring(0,r.length-g.text.length)+w.text,n=n.slice(y.length),n.length>0&&this.rules.other.blockquoteStart.test(n[0]))continue;break}else if(c?.type==="list"){let g=c,m=g.raw+`
`+n.join(`
`),b=this.list(m);a[a.length-1]=b;let w=b.raw.length>g.raw.length?m.slice(g.raw.length+1,b.raw.length).split(`
`).length:0;if(w>0){let k=n.slice(0,w).join(`
`);o=`${o}
${k}`,r=`${r}
${k}`}if(n=n.slice(w),n.length>0&&!this.rules.other.blockquoteStart.test(n[0]))break;continue}}return{type:"blockquote",raw:o,tokens:a,text:r}}}list(t){let e=this.rules.block.list.exec(t);if(e){if(!this.options.pedantic&&this.lexer.state.lastToken?.type==="text"&&!this.rules.other.listInterruptsParagraph.test(t))return;let n=t,o=()=>n.length-t.length,r=e[1].trim(),a=r.length>1,i={type:"list",raw:"",ordered:a,start:a?+r.slice(0,-1):"",loose:!1,items:[]};r=a?`\\d{1,9}\\${r.slice(-1)}`:`\\${r}`,this.options.pedantic&&(r=a?r:"[*+-]");let s=this.rules.other.listItemRegex(r),h=!1;for(;t;){let p=!1,c="";if(!(e=s.exec(t))||this.rules.block.hr.test(t))break;let g=o();t=t.substring(e[0].length);let m=e[2].split(`
`,1)[0],b=e[1].length,w=this.options.pedantic?V(m,b):m.replace(this.rules.other.leadingSpaceTab,W=>V(W,b)),k=t.split(`
`,1)[0],A=!w.trim(),y=0;if(this.options.pedantic?(y=2,c=w.trimStart()):A?y=b+1:(y=w.search(this.rules.other.nonSpaceChar),y=y>4?1:y,c=w.slice(y),y+=b),A&&this.rules.other.blankLine.test(k)&&(t=t.substring(k.length+1),p=!0),!p){let W=this.rules.other.nextBulletRegex(y),z=this.rules.other.hrRegex(y),J=this.rules.other.fencesBeginRegex(y),E=this.options.pedantic?this.rules.other.pedanticHeadingBeginRegex(y):this.rules.other.headingBeginRegex(y),q=this.rules.other.htmlBeginRegex(y),Q=this.rules.other.blockquoteBeginRegex(y),oe=!1;for(;t;){let Se=t.split(`
`,1)[0],I;if(k=Se,this.options.pedantic?(k=k.replace(this.rules.other.listReplaceNesting,"  "),I=k):I=k.replace(this.rules.other.leadingSpaceTab,T=>V(T)),J.test(k)||E.test(k)||q.test(k)||Q.test(k)||W.test(k)||z.test(k))break;if(I.search(this.rules.other.nonSpaceChar)>=y||!k.trim())c+=`
`+I.slice(y),oe=!1;else{if(A)break;let T=w;if(!this.options.pedantic&&!c.includes(`
`)&&!w.includes("	")){let O;for(;!z.test(T)&&(O=this.rules.other.nestedBlockMarker.exec(T));)T=T.slice(O[0].length);if(!T.trim())break}if(T.replace(this.rules.other.tabCharGlobal,"    ").search(this.rules.other.nonSpaceChar)>=4||J.test(T)||E.test(T)||q.test(T)||z.test(T))break;if(!this.options.pedantic&&!oe){let O=w.replace(this.rules.other.nestedContainerMarkers,"");if(this.rules.block.fences.test(O)||this.rules.block.heading.test(O)||this.rules.block.hr.test(O))break}let tn=!this.options.pedantic&&/^ {0,3}(?:=+|-+) *$/.test(k)&&this.rules.block.lheading.test(`${w}
${k}`)?`    ${I.replace(/^ {0,3}/,"")}`:k;c+=`
`+tn,oe=!0}A=!k.trim(),t=t.substring(Se.length+1),w=I.slice(y)}}let j=n.slice(g,o());i.loose||(h?i.loose=!0:this.rules.other.doubleBlankLine.test(j)&&(h=!0)),i.items.push({type:"list_item",raw:j,task:!!this.options.gfm&&this.rules.other.listIsTask.test(c),loose:!1,text:c,tokens:[]})}let d=i.items.at(-1);if(d)d.raw=d.raw.trimEnd(),d.text=d.text.trimEnd();else return;i.raw=n.slice(0,o()).trimEnd();let l=[];for(let p of i.items)if(this.lexer.state.top=!1,l.push(this.lexer.inlineQueue.length),p.tokens=this.lexer.blockTokens(p.text,[]),!i.loose){let c=p.tokens.filter(m=>m.type==="space"),g=c.length>0&&c.some(m=>this.rules.other.anyLine.test(m.raw));i.loose=g}for(let p=0;p<i.items.length;p++){let c=i.items[p],g=c.tokens[0];if(c.task&&(g?.type==="text"||g?.type==="paragraph")){c.text=c.text.replace(this.rules.other.listReplaceTask,""),g.raw=g.raw.replace(this.rules.other.listReplaceTask,""),g.text=g.text.replace(this.rules.other.listReplaceTask,"");let m=this.lexer.inlineQueue;for(let w=l[p];w<m.length;w++)if(m[w].tokens===g.tokens){m[w].src=m[w].src.replace(this.rules.other.listReplaceTask,"");break}let b=this.rules.other.listTaskCheckbox.exec(c.raw);if(b){let w={type:"checkbox",raw:b[0]+" ",checked:b[0]!=="[ ]"};c.checked=w.checked,i.loose?c.tokens[0]&&["paragraph","text"].includes(c.tokens[0].type)&&"tokens"in c.tokens[0]&&c.tokens[0].tokens?(c.tokens[0].raw=w.raw+c.tokens[0].raw,c.tokens[0].text=w.raw+c.tokens[0].text,c.tokens[0].tokens.unshift(w)):c.tokens.unshift({type:"paragraph",raw:w.raw,text:w.raw,tokens:[w]}):c.tokens.unshift(w)}}else c.task&&(c.task=!1)}if(i.loose)for(let p of i.items){p.loose=!0;for(let c of p.tokens)c.type==="text"&&(c.type="paragraph")}return i}}html(t){let e=this.rules.block.html.exec(t);if(e){if(this.lexer.state.lastToken?.type==="paragraph"&&!this.rules.other.htmlBeginRegex(4).test(t))return;let n=Le(e[0]);return{type:"html",block:!0,raw:n,pre:e[1]==="pre"||e[1]==="script"||e[1]==="style",text:n}}}def(t){let e=this.rules.block.def.exec(t);if(e){if(!this.rules.other.startAngleBracket.test(e[2])&&je(e[2],"()")!==-1)return;let n=ne(e[1]),o=e[2]?e[2].replace(this.rules.other.hrefBrackets,"$1").replace(this.rules.inline.anyPunctuation,"$1"):"",r=e[3]?e[3].substring(1,e[3].length-1).replace(this.rules.inline.anyPunctuation,"$1"):e[3];return{type:"def",tag:n,raw:S(e[0],`
`),href:o,title:r}}}table(t){let e=this.rules.block.table.exec(t);if(!e||!this.rules.other.tableDelimiter.test(e[2]))return;let n=$e(e[1]),o=e[2].replace(this.rules.other.tableAlignChars,"").split("|"),r=e[3]?.trim()?e[3].replace(this.rules.other.tableRowBlankLine,"").split(`
`):[],a={type:"table",raw:S(e[0],`
`),header:[],align:[],rows:[]};if(n.length===o.length){for(let i of o)this.rules.other.tableAlignRight.test(i)?a.align.push("right"):this.rules.other.tableAlignCenter.test(i)?a.align.push("center"):this.rules.other.tableAlignLeft.test(i)?a.align.push("left"):a.align.push(null);for(let i=0;i<n.length;i++)a.header.push({text:n[i],tokens:this.lexer.inline(n[i]),header:!0,align:a.align[i]});for(let i of r)a.rows.push($e(i,a.header.length).map((s,h)=>({text:s,tokens:this.lexer.inline(s),header:!1,align:a.align[h]})));return a}}lheading(t){let e=this.rules.block.lheading.exec(t);if(e){let n=e[1].trim();return{type:"heading",raw:S(e[0],`
`),depth:e[2].charAt(0)==="="?1:2,text:n,tokens:this.lexer.inline(n)}}}paragraph(t){let e=this.rules.block.paragraph.exec(t);if(e){let n=e[1].charAt(e[1].length-1)===`
`?e[1].slice(0,-1):e[1];return{type:"paragraph",raw:e[0],text:n,tokens:this.lexer.inline(n)}}}text(t){let e=this.rules.block.text.exec(t);if(e)return{type:"text",raw:e[0],text:e[0],tokens:this.lexer.inline(e[0])}}escape(t){if(t.charCodeAt(0)!==92)return;let e=this.rules.inline.escape.exec(t);if(e)return{type:"escape",raw:e[0],text:e[1]}}tag(t){if(t.charCodeAt(0)!==60)return;let e=this.rules.inline.tag.exec(t);if(e)return!this.lexer.state.inLink&&this.rules.other.startATag.test(e[0])?this.lexer.state.inLink=!0:this.lexer.state.inLink&&this.rules.other.endATag.test(e[0])&&(this.lexer.state.inLink=!1),!this.lexer.state.inRawBlock&&this.rules.other.startPreScriptTag.test(e[0])?this.lexer.state.inRawBlock=!0:this.lexer.state.inRawBlock&&this.rules.other.endPreScriptTag.test(e[0])&&(this.lexer.state.inRawBlock=!1),{type:"html",raw:e[0],inLink:this.lexer.state.inLink,inRawBlock:this.lexer.state.inRawBlock,block:!1,text:e[0]}}link(t){if(this.lexer.state.linkParenPossible===!1)return;let e=t.charCodeAt(0);if(e!==91&&e!==33)return;let n=this.rules.inline.link.exec(t);if(n){let o=n[0].charAt(0)==="!"?2:1;if(!this.options.pedantic&&qe(t,n[1],o,this.rules))return;let r=n[2].trim();if(!this.options.pedantic&&this.rules.other.startAngleBracket.test(r)){if(!this.rules.other.endAngleBracket.test(r))return;let h=S(r.slice(0,-1),"\\");if((r.length-h.length)%2===0)return}else{let h=je(n[2],"()");if(h===-2)return;if(h>-1){let d=(n[0].indexOf("!")===0?5:4)+n[1].length+h;n[2]=n[2].substring(0,h),n[0]=n[0].substring(0,d).trim(),n[3]=""}}let a=S(n[0].slice(0,-1),"\\");if((n[0].length-a.length)%2===0)return;let i=n[2],s="";if(this.options.pedantic){let h=this.rules.other.pedanticHrefTitle.exec(i);h&&(i=h[1],s=h[3])}else s=n[3]?n[3].slice(1,-1):"";return i=i.trim(),this.rules.other.startAngleBracket.test(i)&&(this.options.pedantic&&!this.rules.other.endAngleBracket.test(r)?i=i.slice(1):i=i.slice(1,-1)),ze(n,{href:i&&i.replace(this.rules.inline.anyPunctuation,"$1"),title:s&&s.replace(this.rules.inline.anyPunctuation,"$1")},n[0],this.lexer,this.rules)}}reflink(t,e){let n=t.charCodeAt(0);if(n!==91&&n!==33)return;let o;if((o=this.rules.inline.reflink.exec(t))||(o=this.rules.inline.nolink.exec(t))){let r=o[0].charAt(0)==="!"?2:1;if(!this.options.pedantic&&qe(t,o[1],r,this.rules))return;let a=e[ne(o[2]||o[1])];if(!a){let i=o[0].charAt(0);return{type:"text",raw:i,text:i}}return ze(o,a,o[0],this.lexer,this.rules)}}emStrong(t,e,n=""){let o=this.rules.inline.emStrongLDelim.exec(t);if(!o||!o[1]&&!o[2]&&!o[3]&&!o[4])return;let r=o[0][0],a=n===r,i=e.length-t.length,s=i;for(;!this.options.pedantic&&s>0&&e[s-1]===r;)s--;let h=[...e.slice(Math.max(0,s-2),s)].at(-1)??"",d=h==="*"||h==="_"||!!this.rules.inline.punctuation.exec(h);s<i&&(n=h);let l=s<i?d:n==="*"||n==="_"||!!this.rules.inline.punctuation.exec(n);if(o[4]&&n.match(this.rules.other.unicodeAlphaNumeric))return;let p=o[1]||o[3]||"";if(!p||!n||l){let c=[...o[0]].length-1,g,m,b=c,w=0,k=i-s+c,A=!this.options.pedantic&&!!h.trim()&&(!!p||r==="*"&&!d);if(r!=="*"&&r!=="_")return;let y=r==="*"?this.rules.inline.emStrongRDelimAst:this.rules.inline.emStrongRDelimUnd,j=en(this,e,r),W=e.length-t.length+c;if(j<W)return;e=e.slice(-1*t.length+c);let z=j-W;for(y.lastIndex=0;(o=y.exec(e))!==null&&!(o.index>z);){if(g=o[1]||o[2]||o[3]||o[4]||o[5]||o[6],!g)continue;if(m=[...g].length,o[3]||o[4]){b+=m;continue}else if((o[5]||o[6]||A)&&k%3&&!((k+m)%3)){if(a&&(o[5]||o[6]))break;w+=m;continue}if(b-=m,b>0)continue;m=Math.min(m,m+b+w);let J=[...o[0]][0].length,E=t.slice(0,c+o.index+J+m);if(Math.min(c,m)%2){let Q=E.slice(1,-1);return{type:"em",raw:E,text:Q,tokens:this.lexer.inlineTokens(Q)}}let q=E.slice(2,-2);return{type:"strong",raw:E,text:q,tokens:this.lexer.inlineTokens(q)}}}}codespan(t){if(t.charCodeAt(0)!==96)return;let e=this.rules.inline.code.exec(t);if(e){let n=e[2].replace(this.rules.other.newLineCharGlobal," "),o=this.rules.other.nonSpaceChar.test(n),r=this.rules.other.startingSpaceChar.test(n)&&this.rules.other.endingSpaceChar.test(n);return o&&r&&(n=n.substring(1,n.length-1)),{type:"codespan",raw:e[0],text:n}}}br(t){let e=t.charCodeAt(0);if(e!==32&&e!==92&&e!==10)return;let n=this.rules.inline.br.exec(t);if(n)return{type:"br",raw:n[0]}}del(t,e,n=""){if(t.charCodeAt(0)!==126)return;let o=this.rules.inline.delLDelim.exec(t);if(o&&(!o[1]||!n||this.rules.inline.punctuation.exec(n))){let r=[...o[0]].length-1,a,i,s=r,h=this.rules.inline.delRDelim,d=nn(this,e),l=e.length-t.length+r;if(d<l)return;e=e.slice(-1*t.length+r);let p=d-l;for(h.lastIndex=0;(o=h.exec(e))!==null&&!(o.index>p);){if(a=o[1]||o[2]||o[3]||o[4]||o[5]||o[6],!a||(i=[...a].length,i!==r))continue;if(o[3]||o[4]){s+=i;continue}if(s-=i,s>0)continue;i=Math.min(i,i+s);let c=[...o[0]][0].length,g=t.slice(0,r+o.index+c+i),m=g.slice(r,-r);return{type:"del",raw:g,text:m,tokens:this.lexer.inlineTokens(m)}}}}autolink(t){if(t.charCodeAt(0)!==60)return;let e=this.rules.inline.autolink.exec(t);if(e){let n,o;return e[2]==="@"?(n=e[1],o="mailto:"+n):(n=e[1],o=n),{type:"link",raw:e[0],text:n,href:o,autolink:!0,tokens:[{type:"text",raw:n,text:n}]}}}url(t){let e;if(e=this.rules.inline.url.exec(t)){let n,o;if(e[2]==="@")n=e[0],o="mailto:"+n;else{let r;do r=e[0],e[0]=this.rules.inline._backpedal.exec(e[0])?.[0]??"";while(r!==e[0]);n=e[0],e[1]==="www."?o="http://"+e[0]:o=e[0]}return{type:"link",raw:e[0],text:n,href:o,autolink:!0,tokens:[{type:"text",raw:n,text:n}]}}}inlineText(t){let e=this.rules.inline.text.exec(t);if(e){let n=this.lexer.state.inRawBlock;return{type:"text",raw:e[0],text:n?e[0]:rt(e[0]),escaped:n}}}},F=class pe{tokens;options;state;inlineQueue;tokenizer;constructor(e){this.tokens=[],this.tokens.links=Object.create(null),this.options=e||M,this.options.tokenizer=this.options.tokenizer||new N,this.tokenizer=this.options.tokenizer,this.tokenizer.options=this.options,this.tokenizer.lexer=this,this.inlineQueue=[],this.state={inLink:!1,inRawBlock:!1,linkEmitted:!1,linkParenPossible:!0,top:!0};let n={other:v,block:K.normal,inline:_.normal};this.options.pedantic?(n.block=K.pedantic,n.inline=_.pedantic):this.options.gfm&&(n.block=K.gfm,this.options.breaks?n.inline=_.breaks:n.inline=_.gfm),this.tokenizer.rules=n}static get rules(){return{block:K,inline:_}}static lex(e,n){return new pe(n).lex(e)}static lexInline(e,n){return new pe(n).inlineTokens(e)}lex(e){e=e.replace(v.carriageReturn,`
`),this.blockTokens(e,this.tokens);for(let n=0;n<this.inlineQueue.length;n++){let o=this.inlineQueue[n];this.state.inRawBlock=!1,this.inlineTokens(o.src,o.tokens)}return this.inlineQueue=[],this.tokens}blockTokens(e,n=[],o=!1){this.tokenizer.lexer=this;let r=this.state.lastToken;this.options.pedantic&&(e=e.replace(v.tabCharGlobal,"    ").replace(v.spaceLine,""));let a=1/0,i,s=this.options.gfm&&!this.options.pedantic&&this.tokenizer.paragraph===N.prototype.paragraph;for(;e;){if(e.length<a)a=e.length;else{this.infiniteLoopError(e.charCodeAt(0));break}this.state.lastToken=n.at(-1);let h;if(this.options.extensions?.block?.some(l=>(h=l.call({lexer:this},e,n))?(e=e.substring(h.raw.length),n.push(h),!0):!1))continue;if(h=this.tokenizer.space(e)){e=e.substring(h.raw.length);let l=n.at(-1);h.raw.length===1&&l!==void 0?l.raw+=`
`:n.push(h);continue}if(h=this.tokenizer.code(e)){e=e.substring(h.raw.length);let l=n.at(-1);l?.type==="paragraph"||l?.type==="text"?(l.raw+=(l.raw.endsWith(`
`)?"":`
`)+h.raw,l.text+=`
`+h.text,this.inlineQueue.at(-1).src=l.text):n.push(h);continue}if(h=this.tokenizer.fences(e)){e=e.substring(h.raw.length),n.push(h);continue}if(h=this.tokenizer.heading(e)){e=e.substring(h.raw.length),n.push(h);continue}if(h=this.tokenizer.hr(e)){e=e.substring(h.raw.length),n.push(h);continue}if(h=this.tokenizer.blockquote(e)){e=e.substring(h.raw.length),n.push(h);continue}if(h=this.tokenizer.list(e)){e=e.substring(h.raw.length),n.push(h);continue}if(h=this.tokenizer.html(e)){e=e.substring(h.raw.length),n.push(h);continue}if(h=this.tokenizer.def(e)){e=e.substring(h.raw.length);let l=n.at(-1);l?.type==="paragraph"||l?.type==="text"?(l.raw+=(l.raw.endsWith(`
`)?"":`
`)+h.raw,l.text+=`
`+h.raw,this.inlineQueue.at(-1).src=l.text):(this.tokens.links[h.tag]||(this.tokens.links[h.tag]={href:h.href,title:h.title}),n.push(h));continue}if(h=this.tokenizer.table(e)){e=e.substring(h.raw.length),n.push(h);continue}if(h=this.tokenizer.lheading(e)){e=e.substring(h.raw.length),n.push(h);continue}let d=e;if(this.options.extensions?.startBlock){let l=1/0,p=e.slice(1),c;this.options.extensions.startBlock.forEach(g=>{c=g.call({lexer:this},p),typeof c=="number"&&c>=0&&(l=Math.min(l,c))}),l<1/0&&l>=0&&(d=e.substring(0,l+1))}if(this.state.top&&(h=this.tokenizer.paragraph(d))){let l=n.at(-1);(o||l===i&&s)&&l?.type==="paragraph"?(l.raw+=(l.raw.endsWith(`
`)?"":`
`)+h.raw,l.text+=`
`+h.text,this.inlineQueue.pop(),this.inlineQueue.at(-1).src=l.text,i=l):(n.push(h),i=h),o=d.length!==e.length,e=e.substring(h.raw.length);continue}if(h=this.tokenizer.text(e)){e=e.substring(h.raw.length);let l=n.at(-1);l?.type==="text"?(l.raw+=(l.raw.endsWith(`
`)?"":`
`)+h.raw,l.text+=`
`+h.text,this.inlineQueue.pop(),this.inlineQueue.at(-1).src=l.text):n.push(h);continue}if(e){this.infiniteLoopError(e.charCodeAt(0));break}}return this.state.top=!0,this.state.lastToken=r,n}inline(e,n=[]){return this.inlineQueue.push({src:e,tokens:n}),n}linkInText(e){if(!e.includes("["))return!1;let n=this.tokenizer.rules.inline.link;for(let o of e.matchAll(this.tokenizer.rules.inline.blockSkip))if(n.test(o[0])&&e.charAt(o.index-1)!=="!")return!0;for(let o of e.matchAll(this.tokenizer.rules.inline.reflinkSearch)){let r=o[0],a=r.lastIndexOf("[");if(!(r.charAt(0)==="!"||!Object.hasOwn(this.tokens.links,ne(r.slice(a+1,-1))))&&!(a>1&&this.linkInText(r.slice(1,a-1))))return!0}return!1}inlineTokens(e,n=[]){this.tokenizer.lexer=this;let o=this.state.linkParenPossible;this.state.linkParenPossible=e.includes(")");try{return this.#n(e,n)}finally{this.state.linkParenPossible=o}}#n(e,n){let o=e.includes("*")||e.includes("_")||e.includes("~"),r=o||this.options.hooks?.emStrongMask||this.tokenizer.emStrong!==N.prototype.emStrong||this.tokenizer.del!==N.prototype.del?this.#r(e):e;if(!o)return this.#e(e,r,n);ot(this.tokenizer,r);try{return this.#e(e,r,n)}finally{at(this.tokenizer)}}#e(e,n,o){let r=!1,a="",i=1/0;for(;e;){if(e.length<i)i=e.length;else{this.infiniteLoopError(e.charCodeAt(0));break}r||(a=""),r=!1;let s;if(this.options.extensions?.inline?.some(l=>(s=l.call({lexer:this},e,o))?(e=e.substring(s.raw.length),o.push(s),!0):!1))continue;if(s=this.tokenizer.escape(e)){e=e.substring(s.raw.length),o.push(s);continue}if(s=this.tokenizer.tag(e)){e=e.substring(s.raw.length),o.push(s);continue}if(s=this.tokenizer.link(e)){e=e.substring(s.raw.length),o.push(s);continue}if(s=this.tokenizer.reflink(e,this.tokens.links)){e=e.substring(s.raw.length);let l=o.at(-1);s.type==="text"&&l?.type==="text"?(l.raw+=s.raw,l.text+=s.text):o.push(s);continue}let h=e[0];if(h==="*"||h==="_"){let l=n.length-e.length;if(en(this.tokenizer,n,h)<=l){let p=1;for(;p<e.length&&e.charCodeAt(p)===h.charCodeAt(0);)p++;let c=e.substring(0,p),g=o.at(-1);g?.type==="text"&&!g.escaped?(g.raw+=c,g.text+=c):o.push({type:"text",raw:c,text:c,escaped:!1}),e=e.substring(p),a=h,r=!0;continue}}else if(h==="~"){let l=n.length-e.length;if(nn(this.tokenizer,n)<=l){let p=1;for(;p<e.length&&e.charCodeAt(p)===126;)p++;let c=e.substring(0,p),g=o.at(-1);g?.type==="text"&&!g.escaped?(g.raw+=c,g.text+=c):o.push({type:"text",raw:c,text:c,escaped:!1}),e=e.substring(p),a=h,r=!0;continue}}if(s=this.tokenizer.emStrong(e,n,a)){e=e.substring(s.raw.length),o.push(s);continue}if(s=this.tokenizer.codespan(e)){e=e.substring(s.raw.length),o.push(s);continue}if(s=this.tokenizer.br(e)){e=e.substring(s.raw.length),o.push(s);continue}if(s=this.tokenizer.del(e,n,a)){e=e.substring(s.raw.length),o.push(s);continue}if(s=this.tokenizer.autolink(e)){e=e.substring(s.raw.length),o.push(s);continue}if(!this.state.inLink&&(s=this.tokenizer.url(e))){e=e.substring(s.raw.length),o.push(s);continue}let d=e;if(this.options.extensions?.startInline){let l=1/0,p=e.slice(1),c;this.options.extensions.startInline.forEach(g=>{c=g.call({lexer:this},p),typeof c=="number"&&c>=0&&(l=Math.min(l,c))}),l<1/0&&l>=0&&(d=e.substring(0,l+1))}if(s=this.tokenizer.inlineText(d)){e=e.substring(s.raw.length),s.raw.slice(-1)!=="_"&&(a=s.raw.slice(-1)),r=!0;let l=o.at(-1);l?.type==="text"?(l.raw+=s.raw,l.text+=s.text):o.push(s);continue}if(e){this.infiniteLoopError(e.charCodeAt(0));break}}return o}#t(e){let{blockSkip:n,tag:o,autolink:r}=this.tokenizer.rules.inline,a="",i=0,s;for(n.lastIndex=0;s=n.exec(e);){let h=s.index+(s[2]?s[2].length:0),d=s.index+s[0].length;if(e.charAt(h)==="<"){let l=e.slice(h),p=o.exec(l)||r.exec(l);if(!p){n.lastIndex=h+1;continue}d=h+p[0].length,n.lastIndex=d}a+=e.slice(i,h)+"["+"a".repeat(d-h-2)+"]",i=d}return a+e.slice(i)}#r(e){let n=e;if(this.tokens.links&&e.includes("[")){let o=this.tokenizer.rules.inline.reflinkSearch,r=a=>{let i=a.lastIndexOf("[");if(!Object.hasOwn(this.tokens.links,ne(a.slice(i+1,-1))))return a;if(i>1&&a.charAt(0)!=="!"){let s=a.slice(1,i-1);if(this.linkInText(s))return"["+s.replace(o,r)+"]["+"a".repeat(a.length-i-2)+"]"}return"["+"a".repeat(a.length-2)+"]"};n=n.replace(o,r)}return n=n.replace(this.tokenizer.rules.inline.anyPunctuationOutsideCode,(o,r,a)=>a?"+".repeat(o.length):r?r+o.slice(r.length,-r.length).replace(/`/g,"+")+r:o),n=this.#t(n),n=this.options.hooks?.emStrongMask?.call({lexer:this},n)??n,n}infiniteLoopError(e){let n="Infinite loop on byte: "+e;if(this.options.silent)console.error(n);else throw new Error(n)}},te=class{options;parser;constructor(t){this.options=t||M}space(t){return""}code({text:t,lang:e,escaped:n}){let o=(e||"").match(v.notSpaceStart)?.[0],r=t?t.replace(v.endingNewline,"")+`
`:"";return o?'<pre><code class="language-'+x(o)+'">'+(n?r:x(r,!0))+`</code></pre>
`:"<pre><code>"+(n?r:x(r,!0))+`</code></pre>
`}blockquote({tokens:t}){return`<blockquote>
${this.parser.parse(t)}</blockquote>
`}html({text:t}){return t}def(t){return""}heading({tokens:t,depth:e}){return`<h${e}>${this.parser.parseInline(t)}</h${e}>
`}hr(t){return`<hr>
`}list(t){let e=t.ordered,n=t.start,o="";for(let i=0;i<t.items.length;i++){let s=t.items[i];o+=this.listitem(s)}let r=e?"ol":"ul",a=e&&n!==1?' start="'+n+'"':"";return"<"+r+a+`>
`+o+"</"+r+`>
`}listitem(t){return`<li>${this.parser.parse(t.tokens)}</li>
`}checkbox({checked:t}){return"<input "+(t?'checked="" ':"")+'disabled="" type="checkbox"> '}paragraph({tokens:t}){return`<p>${this.parser.parseInline(t)}</p>
`}table(t){let e="",n="";for(let r=0;r<t.header.length;r++)n+=this.tablecell(t.header[r]);e+=this.tablerow({text:n});let o="";for(let r=0;r<t.rows.length;r++){let a=t.rows[r];n="";for(let i=0;i<a.length;i++)n+=this.tablecell(a[i]);o+=this.tablerow({text:n})}return o&&(o=`<tbody>${o}</tbody>`),`<table>
<thead>
`+e+`</thead>
`+o+`</table>
`}tablerow({text:t}){return`<tr>
${t}</tr>
`}tablecell(t){let e=this.parser.parseInline(t.tokens),n=t.header?"th":"td";return(t.align?`<${n} align="${t.align}">`:`<${n}>`)+e+`</${n}>
`}strong({tokens:t}){return`<strong>${this.parser.parseInline(t)}</strong>`}em({tokens:t}){return`<em>${this.parser.parseInline(t)}</em>`}codespan({text:t}){return`<code>${x(t,!0)}</code>`}br(t){return"<br>"}del({tokens:t}){return`<del>${this.parser.parseInline(t)}</del>`}link({href:t,title:e,text:n,tokens:o,autolink:r}){let a=r?x(n,!0):this.parser.parseInline(o),i=Oe(t);if(i===null)return a;t=x(i,r);let s='<a href="'+t+'"';return e&&(s+=' title="'+x(e)+'"'),s+=">"+a+"</a>",s}image({href:t,title:e,text:n,tokens:o}){o&&(n=this.parser.parseInline(o,this.parser.textRenderer));let r=Oe(t);if(r===null)return x(n);t=r;let a=`<img src="${x(t)}" alt="${x(n)}"`;return e&&(a+=` title="${x(e)}"`),a+=">",a}text(t){return"tokens"in t&&t.tokens?this.parser.parseInline(t.tokens):"escaped"in t&&t.escaped?t.text:x(t.text)}},Te=class{parser;strong({text:t,tokens:e}){return e?this.parser.parseInline(e,this):t}em({text:t,tokens:e}){return e?this.parser.parseInline(e,this):t}codespan({text:t}){return t}del({text:t,tokens:e}){return e?this.parser.parseInline(e,this):t}html({text:t}){return t}text({text:t}){return t}link({text:t,tokens:e}){return e?this.parser.parseInline(e,this):t}image({text:t,tokens:e}){return e?this.parser.parseInline(e,this):t}br(){return`
`}checkbox({raw:t}){return t}},C=class ue{options;renderer;textRenderer;constructor(e){this.options=e||M,this.options.renderer=this.options.renderer||new te,this.renderer=this.options.renderer,this.renderer.options=this.options,this.renderer.parser=this,this.textRenderer=new Te,this.textRenderer.parser=this}static parse(e,n){return new ue(n).parse(e)}static parseInline(e,n){return new ue(n).parseInline(e)}parse(e){this.renderer.parser=this;let n="";for(let o=0;o<e.length;o++){let r=e[o];if(this.options.extensions?.renderers?.[r.type]){let i=r,s=this.options.extensions.renderers[i.type].call({parser:this},i);if(s!==!1||!["space","hr","heading","code","table","blockquote","list","checkbox","html","def","paragraph","text"].includes(i.type)){n+=s===!1?"":s??"";continue}}let a=r;switch(a.type){case"space":{n+=this.renderer.space(a);break}case"hr":{n+=this.renderer.hr(a);break}case"heading":{n+=this.renderer.heading(a);break}case"code":{n+=this.renderer.code(a);break}case"table":{n+=this.renderer.table(a);break}case"blockquote":{n+=this.renderer.blockquote(a);break}case"list":{n+=this.renderer.list(a);break}case"checkbox":{n+=this.renderer.checkbox(a);break}case"html":{n+=this.renderer.html(a);break}case"def":{n+=this.renderer.def(a);break}case"paragraph":{n+=this.renderer.paragraph(a);break}case"text":{n+=this.renderer.text(a);break}default:{let i='Token with "'+a.type+'" type was not found.';if(this.options.silent)return console.error(i),"";throw new Error(i)}}}return n}parseInline(e,n=this.renderer){this.renderer.parser=this;let o="";for(let r=0;r<e.length;r++){let a=e[r];if(this.options.extensions?.renderers?.[a.type]){let s=this.options.extensions.renderers[a.type].call({parser:this},a);if(s!==!1||!["escape","html","link","image","checkbox","strong","em","codespan","br","del","text"].includes(a.type)){o+=s===!1?"":s??"";continue}}let i=a;switch(i.type){case"escape":{o+=n.text(i);break}case"html":{o+=n.html(i);break}case"link":{o+=n.link(i);break}case"image":{o+=n.image(i);break}case"checkbox":{o+=n.checkbox(i);break}case"strong":{o+=n.strong(i);break}case"em":{o+=n.em(i);break}case"codespan":{o+=n.codespan(i);break}case"br":{o+=n.br(i);break}case"del":{o+=n.del(i);break}case"text":{o+=n.text(i);break}default:{let s='Token with "'+i.type+'" type was not found.';if(this.options.silent)return console.error(s),"";throw new Error(s)}}}return o}},U=class{options;block;constructor(t){this.options=t||M}static passThroughHooks=new Set(["preprocess","postprocess","processAllTokens","emStrongMask"]);static passThroughHooksRespectAsync=new Set(["preprocess","postprocess","processAllTokens"]);preprocess(t){return t}postprocess(t){return t}processAllTokens(t){return t}emStrongMask(t){return t}provideLexer(t=this.block){return t?F.lex:F.lexInline}provideParser(t=this.block){return t?C.parse:C.parseInline}};function P(t,e){if(Array.isArray(e))for(let n=0;n<e.length;n++)t.push(e[n]);else t.push(e)}var ht=class{defaults=ge();options=this.setOptions;parse=this.parseMarkdown(!0);parseInline=this.parseMarkdown(!1);Parser=C;Renderer=te;TextRenderer=Te;Lexer=F;Tokenizer=N;Hooks=U;constructor(...t){this.use(...t)}walkTokens(t,e){let n=[];for(let o of t)switch(P(n,e.call(this,o)),o.type){case"table":{let r=o;for(let a of r.header)P(n,this.walkTokens(a.tokens,e));for(let a of r.rows)for(let i of a)P(n,this.walkTokens(i.tokens,e));break}case"list":{let r=o;P(n,this.walkTokens(r.items,e));break}default:{let r=o;this.defaults.extensions?.childTokens?.[r.type]?this.defaults.extensions.childTokens[r.type].forEach(a=>{let i=r[a].flat(1/0);P(n,this.walkTokens(i,e))}):r.tokens&&P(n,this.walkTokens(r.tokens,e))}}return n}use(...t){let e=this.defaults.extensions||{renderers:Object.create(null),childTokens:Object.create(null)};return t.forEach(n=>{let o={...n};if(o.async=this.defaults.async||o.async||!1,n.extensions&&(n.extensions.forEach(r=>{if(!r.name)throw new Error("extension name required");if("renderer"in r){let a=e.renderers[r.name];a?e.renderers[r.name]=function(...i){let s=r.renderer.apply(this,i);return s===!1&&(s=a.apply(this,i)),s}:e.renderers[r.name]=r.renderer}if("tokenizer"in r){if(!r.level||r.level!=="block"&&r.level!=="inline")throw new Error("extension level must be 'block' or 'inline'");let a=e[r.level];a?a.unshift(r.tokenizer):e[r.level]=[r.tokenizer],r.start&&(r.level==="block"?e.startBlock?e.startBlock.push(r.start):e.startBlock=[r.start]:r.level==="inline"&&(e.startInline?e.startInline.push(r.start):e.startInline=[r.start]))}"childTokens"in r&&r.childTokens&&(e.childTokens[r.name]=r.childTokens)}),o.extensions=e),n.renderer){let r=this.defaults.renderer||new te(this.defaults);for(let a in n.renderer){if(!(a in r))throw new Error(`renderer '${a}' does not exist`);if(["options","parser"].includes(a))continue;let i=a,s=n.renderer[i],h=r[i];r[i]=(...d)=>{let l=s.apply(r,d);return l===!1&&(l=h.apply(r,d)),l===!1?"":l??""}}o.renderer=r}if(n.tokenizer){let r=this.defaults.tokenizer||new N(this.defaults);for(let a in n.tokenizer){if(!(a in r))throw new Error(`tokenizer '${a}' does not exist`);if(["options","rules","lexer"].includes(a))continue;let i=a,s=n.tokenizer[i],h=r[i];r[i]=(...d)=>{let l=s.apply(r,d);return l===!1&&(l=h.apply(r,d)),l}}o.tokenizer=r}if(n.hooks){let r=this.defaults.hooks||new U;for(let a in n.hooks){if(!(a in r))throw new Error(`hook '${a}' does not exist`);if(["options","block"].includes(a))continue;let i=a,s=n.hooks[i],h=r[i];U.passThroughHooks.has(a)?r[i]=d=>{if(r.options.async&&U.passThroughHooksRespectAsync.has(a))return(async()=>{let p=await s.call(r,d);return h.call(r,p)})();let l=s.call(r,d);return h.call(r,l)}:r[i]=(...d)=>{if(r.options.async)return(async()=>{let p=await s.apply(r,d);return p===!1&&(p=await h.apply(r,d)),p})();let l=s.apply(r,d);return l===!1&&(l=h.apply(r,d)),l}}o.hooks=r}if(n.walkTokens){let r=this.defaults.walkTokens,a=n.walkTokens;o.walkTokens=function(i){let s=[];return P(s,a.call(this,i)),r&&P(s,r.call(this,i)),s}}this.defaults={...this.defaults,...o}}),this}setOptions(t){return this.defaults={...this.defaults,...t},this}lexer(t,e){return F.lex(t,e??this.defaults)}parser(t,e){return C.parse(t,e??this.defaults)}parseMarkdown(t){return(e,n)=>{let o={...n},r={...this.defaults,...o},a=this.onError(!!r.silent,!!r.async);if(this.defaults.async===!0&&o.async===!1)return a(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));if(typeof e>"u"||e===null)return a(new Error("marked(): input parameter is undefined or null"));if(typeof e!="string")return a(new Error("marked(): input parameter is of type "+Object.prototype.toString.call(e)+", string expected"));if(r.hooks&&(r.hooks.options=r,r.hooks.block=t),r.async)return(async()=>{let i=r.hooks?await r.hooks.preprocess(e):e,s=await(r.hooks?await r.hooks.provideLexer(t):t?F.lex:F.lexInline)(i,r),h=r.hooks?await r.hooks.processAllTokens(s):s;r.walkTokens&&await Promise.all(this.walkTokens(h,r.walkTokens));let d=await(r.hooks?await r.hooks.provideParser(t):t?C.parse:C.parseInline)(h,r);return r.hooks?await r.hooks.postprocess(d):d})().catch(a);try{r.hooks&&(e=r.hooks.preprocess(e));let i=(r.hooks?r.hooks.provideLexer(t):t?F.lex:F.lexInline)(e,r);r.hooks&&(i=r.hooks.processAllTokens(i)),r.walkTokens&&this.walkTokens(i,r.walkTokens);let s=(r.hooks?r.hooks.provideParser(t):t?C.parse:C.parseInline)(i,r);return r.hooks&&(s=r.hooks.postprocess(s)),s}catch(i){return a(i)}}}onError(t,e){return n=>{if(n.message+=`
Please report this to https://github.com/markedjs/marked.`,t){let o="<p>An error occurred:</p><pre>"+x(n.message+"",!0)+"</pre>";return e?Promise.resolve(o):o}if(e)return Promise.reject(n);throw n}}},R=new ht;function f(t,e){return R.parse(t,e)}f.options=f.setOptions=function(t){return R.setOptions(t),f.defaults=R.defaults,_e(f.defaults),f};f.getDefaults=ge;f.defaults=M;function lt(...t){return R.use(...t),f.defaults=R.defaults,_e(f.defaults),f}f.use=lt;f.walkTokens=function(t,e){return R.walkTokens(t,e)};f.parseInline=R.parseInline;f.Parser=C;f.parser=C.parse;f.Renderer=te;f.TextRenderer=Te;f.Lexer=F;f.lexer=F.lex;f.Tokenizer=N;f.Hooks=U;f.parse=f;var ft=f.options,kt=f.setOptions,yt=f.walkTokens,bt=f.parseInline;var vt=C.parse,xt=F.lex;var Ae=rn(on(),1);var Fe={"backbone-overloaded.md":`# backbone-overloaded

**Default severity:** warning \xB7 **Threshold:** none (the backbone's own \`capacity\`) \xB7 **Applies to:** the partner named as the network's \`backbone\`

## What it checks

The rule looks at the partner the \`network\` block names as its \`backbone\`. It fires when that
partner:

- **declares no \`capacity\`**: nobody can tell whether it has the time the network needs of it; or
- **is over its capacity**: its [load](../language.md#time-accounting) (tie effort, the meetings it
  attends, its roles' commitments) is more than its \`capacity\`, by the same measure as
  [partner-over-capacity](partner-over-capacity.md). A load equal to the capacity is not over.

When the backbone is also the network's \`us\`, its time is the network's \`budget\` (as in
[over-budget](over-budget.md)): the rule fires when the network states no \`budget\`, or when the load
is over it.

A backbone over its capacity is also reported by [partner-over-capacity](partner-over-capacity.md)
(or, for \`us\`, by over-budget), with the same figures. The two findings say different things: that
one is about a partner being overburdened; this one is about what that means for the whole network,
because everything the backbone holds together waits when it runs out of time. Silence either one
with \`@allow\` or \`policy\` if you only want to see one.

The finding is placed on the \`capacity\` (or \`budget\`) value when the backbone is over it, and on the
partner's name when it declares none. The network's \`backbone\` line is a related location, followed,
when the backbone is over, by each contributing tie, meeting and commitment.

- A network without \`backbone\`, or whose \`backbone\` names no partner, is not checked (see
  [no-backbone](no-backbone.md) for large networks without one).

## Why

"Tip Sheet: Building Community Partnerships" (tip 9, get a backbone) says that a partnership with
ongoing joint work won't run itself: keeping partners communicating, evolving together and acting
with purpose takes solid work, time and skills, and Collective Impact gives that work to a neutral,
dedicated backbone organisation. The backbone is where the coalition's coordination lives: meetings
are called, information is passed on, commitments are followed up. A backbone whose hours are not
known, or that is asked for more than it has, is the first place a coalition stalls: nothing breaks
at once, but everything slows down together.

## How to fix

- Agree with the backbone how many hours a month it can give the network, and record it:
  \`capacity 20 hours/month\`.
- If it is over, take work off it: fewer meetings, a role handed to another partner, lighter ties.
- Or fund more of its time (the backbone's staff is often what a coalition's grants pay for) and
  raise \`capacity\` to match.

## Example

\`\`\`partnership
network Eastside {
    us FoodBank
    backbone UnitedWay
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families reached each week"
    baseline 120 on 2026-01-01
    target 200 by 2027-12-31
}

role Convener { serves NoFamilyHungry }
role Outreach { serves NoFamilyHungry }

partner FoodBank { sector nonprofit  plays Convener }
partner Tenants  { sector resident   plays Outreach }
partner UnitedWay {
    sector philanthropy
    plays Convener
    capacity 6 hours/month
}

tie FoodBank -- Tenants
tie FoodBank -- UnitedWay { effort 4 hours/month }
tie Tenants -- UnitedWay  { effort 2 hours/month }

meeting Steering {
    every 1 month
    duration 2 hours
    roles Convener
}
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:22:14 warning UnitedWay, the network's backbone, is asked for 8 h/month on ties and meetings; its capacity is 6 h/month (2 h/month over). A backbone that runs out of time stalls the whole coalition: take meetings, roles or ties off it, or fund more of its time and raise its capacity. [backbone-overloaded]
    network.partnership:3:14 the network's backbone: UnitedWay
    network.partnership:26:36 tie FoodBank -- UnitedWay: 4 h/month
    network.partnership:27:36 tie Tenants -- UnitedWay: 2 h/month
    network.partnership:29:9 meeting Steering: 2 h/month
network.partnership:22:14 warning UnitedWay is asked for 8 h/month on ties and meetings; its capacity is 6 h/month (2 h/month over). [partner-over-capacity]
    network.partnership:26:36 tie FoodBank -- UnitedWay: 4 h/month
    network.partnership:27:36 tie Tenants -- UnitedWay: 2 h/month
    network.partnership:29:9 meeting Steering: 2 h/month
\`\`\`

The same overload is reported twice, once for the backbone role and once for the partner. Without
\`capacity\`, only this rule would report it, on the name \`UnitedWay\`: \`UnitedWay, the network's
backbone, declares no capacity, so nobody can see whether it has the time to keep the coalition
running (it is asked for 8 h/month now). ...\`

Message format, over capacity: \`<Partner>, the network's backbone, is asked for <load> h/month on
<kinds>; its capacity is <capacity> h/month (<excess> h/month over).\`, then the advice (\`budget\`
instead of \`capacity\` when the backbone is \`us\`). Without capacity: \`<Partner>, the network's
backbone, declares no capacity, so nobody can see whether it has the time to keep the coalition
running (it is asked for <load> h/month now).\`, then the advice; the part in brackets is left out
when nothing is asked of it yet. When the backbone is \`us\` and the network has no budget, the
message begins \`<Partner> is both the network's backbone and its us, but the network states no
budget, ...\`. Hours are rounded to one decimal.

## Configure

- Severity: \`policy { rule backbone-overloaded error }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the backbone partner:
  \`\`\`partnership
  // @allow backbone-overloaded -- its hours are set in the grant agreement, reviewed in March
  partner UnitedWay {
      capacity 6 hours/month
  }
  \`\`\`
`,"cold-outreach.md":`# cold-outreach

**Default severity:** info \xB7 **Threshold:** none \xB7 **Applies to:** each \`tie\` between \`us\` and a partner of \`sector government\`

## What it checks

For each tie between the network's \`us\` partner and a partner whose \`sector\` is \`government\`, the
rule asks how the relationship came about. It fires when **both** are true:

- the tie names no \`introduced-by\`, and
- the two share no contact: no third partner has a tie to \`us\` and a tie to the government partner.

Either one keeps the rule silent. A tie that says who introduced the partners is fine whoever that
was, and a shared contact is enough whether or not the tie says it came through them.

- Only ties of \`us\` are checked, and only to partners of \`sector government\`. Ties between other
  partners, and partners without a \`sector\`, are not.
- A government partner at \`stage ended\` is history kept in the file and is not checked.
- A network without \`us\` (or files without a \`network\` block) is not checked.

The finding is placed on the tie's \`tie A -- B\` header. The government partner's \`sector\` is the
related location.

## Why

"How to Build Partnerships with Community Organizations" notes that city, county and state agencies
are embedded in networks of community organisations, but are often overtaxed, and that a coalition
has a better chance of connecting with them through a mutual contact, such as a local nonprofit,
than by approaching them cold. The same article recommends starting from the relationships you
already trust. A tie to an agency that came through nobody is more fragile: it rests on one contact
at the agency, and nobody on either side can vouch for the other. Recording who made the
introduction, or building one through a partner the agency already knows, puts the relationship on
firmer ground.

## How to fix

- If someone introduced you, record it: \`introduced-by Tenants\` in the tie.
- Otherwise, ask a partner who already works with the agency to introduce you, or to join the first
  conversations, and record the introduction.
- If the agency came to you directly (after an emergency, say), the rule has nothing to add: use
  \`@allow\` with the reason.

## Example

\`\`\`partnership
network Eastside {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families reached each week"
    baseline 120 on 2026-01-01
    target 200 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit   plays Distribution }
partner Tenants  { sector resident    plays Outreach }
partner Clinic   { sector healthcare  plays Outreach }
partner Library  { sector education   plays Outreach }
partner County   { sector government  plays Distribution }

tie FoodBank -- Tenants
tie Tenants -- Clinic
tie Clinic -- Library
tie Library -- County
tie FoodBank -- County
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:26:1 info The tie FoodBank -- County reaches County, a government partner, directly: it names no introduced-by and no partner is tied to both FoodBank and County. Agencies are often overstretched and answer more readily through someone they know: ask a partner who knows County to introduce you and record it with introduced-by, or record who already did. [cold-outreach]
    network.partnership:20:27 County: sector government
\`\`\`

The library knows the county, but not the food bank. With \`introduced-by Library\` in the tie, or a
tie \`FoodBank -- Library\`, the rule would be silent.

Message format: \`The tie <A> -- <B> reaches <Agency>, a government partner, directly: it names no
introduced-by and no partner is tied to both <us> and <Agency>.\`, then the advice.

## Configure

- Severity: \`policy { rule cold-outreach off }\` in the \`network\` block (\`error\`, \`warning\`, \`info\`
  or \`off\`).
- \`@allow\`: put the comment directly above the tie:
  \`\`\`partnership
  // @allow cold-outreach -- the county called us after the flood
  tie FoodBank -- County
  \`\`\`
`,"dense-network.md":`# dense-network

**Default severity:** warning \xB7 **Threshold:** \`max-density\` (default 0.5) \xB7 **Applies to:** the \`network\` declaration

## What it checks

The rule computes the network's **density**: the share of all possible partner pairs that are
joined by a tie,

\`\`\`
density = ties / (n \xD7 (n \u2212 1) / 2)        n = number of partners
\`\`\`

(the same value as NetworkX's \`nx.density\`, see [metrics](../metrics.md#density)). It fires when the
density is **greater than** the network's \`max-density\` threshold (default 0.5, see
[Policy](../language.md#policy)). A density equal to the threshold is not reported.

- The rule needs a \`network\` block. Loose files (no \`network\` declaration) are not checked.
- Networks of **fewer than four partners** are not judged: with two or three partners, one or two
  ties already make them "dense".
- Every declared partner counts in \`n\`, whatever its \`stage\`, including partners with no tie.
- Only ties that make it into the analysis count. Self-ties, duplicate ties and ties with an unknown
  partner are left out.
- Effort and trust play no part: a tie counts once, however much time it takes.

The finding is placed on the network's name. The density and the threshold are shown with at most
two decimals.

## Why

Every tie costs time to keep up. In a network where everyone is tied to everyone, most of that time
goes into hearing the same news from several sides: the partners already know one another, so an
extra tie between them adds little that the network doesn't already have. A sparser shape reaches
further for the same hours. Let some groups of partners work among themselves, link the groups
through a few trusted partners (brokers), and spend the time saved on reaching people the network
doesn't know yet. The gaps between groups that nobody needs to fill directly are called
*structural holes*; building them on purpose is what keeps a growing coalition manageable.

## How to fix

- Look for ties that repeat a connection the network already has through another partner, and let
  them lapse (or lower their \`effort\` to what they really get).
- Group partners by what they work on together, and link the groups through one or two partners
  instead of tying every member to every other.
- Spend the freed time on partners in sectors or neighbourhoods the network doesn't reach.
- [redundant-contacts](redundant-contacts.md) points at the partners whose own contacts are most
  tied up with one another, which is where to start. \`partnership metrics\` shows every partner's
  efficiency (see [cli.md](../cli.md#partnership-metrics)).
- If your coalition is meant to be a tight working group, raise \`max-density\` instead.

## Example

\`\`\`partnership
network Northside "Northside Pantry Network" {
    us FoodBank
    backbone FoodBank
    budget 20 hours/month
    purpose joint-action
}

goal NoFamilyHungry "No Northside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants, StMarks
    measure "families who went a week without enough food this year"
    baseline 140 on 2026-01-01
    target 0 by 2028-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit        plays Distribution }
partner StMarks  { sector faith            plays Distribution }
partner Mosque   { sector faith            plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Clinic   { sector healthcare       plays Outreach }

tie FoodBank -- StMarks
tie FoodBank -- Mosque
tie FoodBank -- Tenants
tie FoodBank -- Clinic
tie StMarks -- Mosque
tie StMarks -- Tenants
tie Mosque -- Tenants
tie Tenants -- Clinic
\`\`\`

Five partners can have at most 5 \xD7 4 / 2 = 10 ties; this network has 8, a density of 0.8.
\`partnership validate network.partnership --today 2026-11-01\` reports:

\`\`\`
network.partnership:1:9 warning The network's density is 0.8 (8 of 10 possible ties among 5 partners); the maximum is 0.5. Dense networks spend time on redundant ties: let some lapse, or reach new groups through the partners you have. [dense-network]
network.partnership:19:9 info StMarks's 3 ties reach an effective 1 separate contacts (efficiency 0.33; the network's minimum is 0.5): 3 of its contacts' ties run between its own contacts. [redundant-contacts]
    network.partnership:25:1 tie FoodBank -- Mosque links two of StMarks's contacts
    network.partnership:26:1 tie FoodBank -- Tenants links two of StMarks's contacts
    network.partnership:30:1 tie Mosque -- Tenants links two of StMarks's contacts
network.partnership:20:9 info Mosque's 3 ties reach an effective 1 separate contacts (efficiency 0.33; the network's minimum is 0.5): 3 of its contacts' ties run between its own contacts. [redundant-contacts]
    network.partnership:24:1 tie FoodBank -- StMarks links two of Mosque's contacts
    network.partnership:26:1 tie FoodBank -- Tenants links two of Mosque's contacts
    network.partnership:29:1 tie StMarks -- Tenants links two of Mosque's contacts
\`\`\`

The two [redundant-contacts](redundant-contacts.md) infos show where the density comes from: the
two congregations, the food bank and the Tenants Union are all tied to one another. (FoodBank and
Tenants have 4 ties with 4 links among their contacts, an efficiency of exactly 0.5, which is not
below the minimum.)

Message format: \`The network's density is <density> (<ties> of <possible> possible ties among <n>
partners); the maximum is <max-density>. Dense networks spend time on redundant ties: let some
lapse, or reach new groups through the partners you have.\`

Fixed: the food bank keeps its ties to St. Mark's and the clinic, and reaches the mosque and the
Tenants Union through them. Five ties of ten possible is a density of 0.5, and no partner is left
depending on a single link (no [single-point-of-failure](single-point-of-failure.md)):

\`\`\`partnership
tie FoodBank -- StMarks
tie FoodBank -- Clinic
tie StMarks -- Mosque
tie Mosque -- Tenants
tie Tenants -- Clinic
\`\`\`

## Configure

- Threshold: \`policy { max-density 0.6 }\` (or \`60%\`) in the \`network\` block. Allowed values are 0
  to 1, default 0.5. \`max-density 1\` turns the check off in practice, since no network is denser
  than 1.
- Severity: \`policy { rule dense-network info }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: the finding belongs to the **network declaration**, so put the comment above
  \`network\`:
  \`\`\`partnership
  // @allow dense-network -- a five-member steering group that is meant to work closely
  network Northside "Northside Pantry Network" {
      us FoodBank
  }
  \`\`\`
`,"disengaged-broker.md":`# disengaged-broker

**Default severity:** warning \xB7 **Threshold:** \`broker-betweenness\` (default 0.2) \xB7 **Applies to:** each \`partner\` that is a broker

## What it checks

The rule finds the network's **brokers** exactly as [untrusted-broker](untrusted-broker.md) does: a
partner whose betweenness is at least \`broker-betweenness\` (default 0.2), or a cut vertex (without
it the network would fall apart). It fires when a broker shows any of three signs that it is no
longer engaged:

- **it is dormant**: \`stage dormant\`. (A partner at \`stage ended\` counts in no network metric, so
  it is never a broker; [ended-partner-engaged](ended-partner-engaged.md) reports the time it is
  still asked for.)
- **it is over capacity**: its [load](../language.md#time-accounting) is more than its \`capacity\`,
  by the same measure as [partner-over-capacity](partner-over-capacity.md) (a load equal to the
  capacity is not over). The network's \`us\` partner is held against the network's \`budget\` instead,
  as in [over-budget](over-budget.md). A broker without a capacity (or \`us\` without a budget) is
  never over.
- **its check-ins are all overdue**: every one of its ties that has both a check-in cadence (the
  tie's own \`checkin every ...\` or the network's) and a \`last-checkin\` is overdue, counted as
  [overdue-checkin](overdue-checkin.md) counts it. The broker needs at least one such tie. Ties
  without \`last-checkin\` don't count either way, and neither do ties to partners at \`stage ended\`.
  One check-in still on time is enough to keep the rule silent.

One finding per broker says which of the three hold. It is placed on the partner's name, with the
broker's \`stage\`, its \`capacity\` (or the \`budget\`) and the \`last-checkin\` of each overdue tie as
related locations, depending on the reasons.

- Networks of fewer than three partners are not checked.
- On large networks the betweenness may be estimated; see
  [untrusted-broker](untrusted-broker.md#estimated-betweenness-on-large-networks).

## Why

"7 Tips for Strategic Networking with Community Partners" (tip 3, build holes in your networks)
recommends building sub-groups and connecting them through a few brokers, so that the network keeps
fewer ties and still reaches everyone. It ends with a warning: the strategy works only if the brokers
are trusted **and engaged**. A broker that has gone quiet, that is stretched beyond its hours, or
that nobody has checked in with for months no longer passes anything on, and the groups it used to
link lose each other without anyone noticing. The more the network relies on a broker, the sooner
its absence needs to be known.

## How to fix

- Talk to the broker: check in, and update \`last-checkin\`. If it has stepped back, ask whether it
  will return.
- Lighten its load (fewer meetings, a role handed to someone else) so that it can keep brokering.
- Build a second route between the groups it links: a tie from a partner on one side to a partner on
  the other, so that less depends on one partner.
- If it is back, change its stage: \`stage active since <date>\`.

## Example

\`\`\`partnership
network Eastside {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families reached each week"
    baseline 120 on 2026-01-01
    target 200 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit       plays Distribution }
partner Tenants  { sector resident        plays Outreach }
partner Library  { sector education      plays Outreach }
partner School   { sector education      plays Outreach }
partner Mosque   { sector faith           plays Outreach }
partner Clinic {
    sector healthcare
    plays Distribution
    stage dormant since 2026-06-01
}

// A ring with one chord: the food bank and the clinic are its shortcuts.
tie FoodBank -- Tenants
tie Tenants -- Library
tie Library -- Clinic
tie Clinic -- School
tie School -- Mosque
tie Mosque -- FoodBank
tie FoodBank -- Clinic
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:21:9 warning Clinic is a broker (betweenness 0.33) but it has been dormant since 2026-06-01. Partners who reach each other through it depend on it being engaged: re-engage it (check in, lighten its load) or build a second route between the groups it links. [disengaged-broker]
    network.partnership:24:11 stage dormant
\`\`\`

The food bank has the same betweenness, but it is engaged, so it is not reported. Neither is a cut
vertex: the ring gives every partner a second way round.

Message format: \`<Partner> is a broker (<why>) but <reasons>.\` then the advice. \`<why>\` is as in
[untrusted-broker](untrusted-broker.md): \`betweenness <value>\`, \`the only link between parts of the
network\`, or both. \`<reasons>\`, joined with commas and "and":

- \`it has been dormant since <since>\` (\`it is dormant\` without \`since\`);
- \`it is asked for <load> h/month against its capacity of <capacity> h/month\` (\`budget\` for \`us\`);
- \`its one tie with a check-in on record is overdue for the next one (due by <date>)\`, or \`all <N>
  of its ties with a check-in on record are overdue for the next one (the latest was due by
  <date>)\`.

## Configure

- Threshold: \`policy { broker-betweenness 0.3 }\` (or \`30%\`) in the \`network\` block: the betweenness
  from which a partner counts as a broker (0 to 1, default 0.2), shared with
  [untrusted-broker](untrusted-broker.md). Cut vertices count as brokers whatever it is set to.
- Severity: \`policy { rule disengaged-broker error }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the partner:
  \`\`\`partnership
  // @allow disengaged-broker -- on sabbatical until February; the library covers its ties
  partner Clinic {
      stage dormant since 2026-06-01
  }
  \`\`\`
`,"ended-partner-engaged.md":`# ended-partner-engaged

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** each \`partner\` at \`stage dormant\` or \`stage ended\`

## What it checks

For each partner at \`stage dormant\` or \`stage ended\`, the rule computes the partner's
[load](../language.md#time-accounting) in hours per month, as
[partner-over-capacity](partner-over-capacity.md) does:

- the \`effort\` of every tie it is one side of;
- the hours of every meeting it attends, by being in its \`invites\` or by playing one of its
  \`roles\`;
- the \`commitment\` of every role it plays.

The rule fires when that load is more than 0: the network still counts on time from a partner that
has stepped back or left. The finding is placed on the partner's \`stage\`, says the total, and lists
each contributing tie, meeting and commitment as a related location.

- Only what takes time counts. A tie without \`effort\` (or with \`effort 0 hours/month\`), a meeting
  that states no \`every\` or no \`duration\`, and a role without \`commitment\` add nothing, so a
  dormant partner that keeps its ties in the file, as history, is not reported.
- Partners at any other stage, or with no stage, are not checked.
- A partner's capacity plays no part here: any load at all is reported.

## Why

"Tip Sheet: Building Community Partnerships" (tip 10, keep asking questions and checking in) asks
the partners, again and again, whether some want to leave or join, and reminds them that the best
partnerships evolve and may even dissolve. When a partner steps back, the network has to let it go
cleanly. If its seat at the steering call, its role and its share of the work stay where they were,
the plan relies on someone who isn't there. Work falls through, meetings wait for a partner who
won't come, and the time accounting overstates what the coalition can do. Writing down the stage is
half the job; taking the partner's commitments off the plan is the other half.

## How to fix

- Take the partner out of meetings: remove it from \`invites\`, or from the roles that bring it there.
- Hand its roles, and their commitments, to an active partner.
- Set the effort of its ties to 0, or remove ties that are over. Keep the tie without \`effort\` if you
  want its history in the file.
- If the partner is back, change its stage: \`stage active since <date>\`.

## Example

\`\`\`partnership
network Eastside {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families reached each week"
    baseline 120 on 2026-01-01
    target 200 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit  plays Distribution }
partner Tenants  { sector resident   plays Outreach }
partner Coop {
    sector business
    plays Outreach
    stage ended since 2026-05-01
}

tie FoodBank -- Tenants
tie FoodBank -- Coop {
    effort 2 hours/month
}

meeting Steering {
    every 1 month
    duration 90 minutes
    roles Distribution, Outreach
}
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:21:11 warning The partnership with Coop ended on 2026-05-01, but the network still counts 3.5 h/month of its time on ties and meetings. Take it off the meetings (its invitations, or the roles that bring it there) and set its ties' effort to 0, or, if it is back, change its stage. [ended-partner-engaged]
    network.partnership:26:12 tie FoodBank -- Coop: 2 h/month
    network.partnership:29:9 meeting Steering: 1.5 h/month
\`\`\`

The co-op still plays Outreach, so the steering call, which invites the Outreach partners, still
counts on it.

Message format: \`<Partner> is dormant (since <since>), but the network still counts <load> h/month
of its time on <kinds>.\` For \`stage ended\`: \`The partnership with <Partner> ended on <since>, but
...\` (\`has ended\` without \`since\`). \`<kinds>\` is one or more of "ties", "meetings" and "role
commitments". The advice names only the steps that apply: taking it off the meetings, handing its
roles to an active partner, setting its ties' effort to 0. Hours are rounded to one decimal.

## Configure

- Severity: \`policy { rule ended-partner-engaged error }\` in the \`network\` block (\`error\`,
  \`warning\`, \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the partner:
  \`\`\`partnership
  // @allow ended-partner-engaged -- on leave until March; we keep its seat on the steering call
  partner Coop {
      stage dormant since 2026-05-01
  }
  \`\`\`
`,"gatekeeper-not-tied.md":`# gatekeeper-not-tied

**Default severity:** info \xB7 **Threshold:** none \xB7 **Applies to:** each \`partner\` marked \`gatekeeper\`, in a network with \`us\`

## What it checks

For each partner marked \`gatekeeper\`, the rule looks for a tie between it and the network's \`us\`
partner. It fires when there is **no such tie**, or when that tie is \`strength weak\`.

- A tie with \`strength moderate\` or \`strength strong\` satisfies the rule, and so does a tie that
  states no \`strength\`: nothing says it is weak.
- \`us\` itself is not checked, even if it is marked \`gatekeeper\`.
- A gatekeeper at \`stage ended\` is history kept in the file and is not checked. At any other stage,
  including \`prospect\`, \`exploring\` and \`dormant\`, it is.
- A network without \`us\` (or files without a \`network\` block) is not checked: there is nobody whose
  ties to measure.

The finding is placed on the partner's \`gatekeeper\` flag. When the tie is weak, its \`strength\` is
the related location.

## Why

"How to Build Partnerships with Community Organizations" describes community gatekeepers as
influential, well-connected leaders whom other leaders trust, and who can connect a coalition with
the organisations it wants to reach. Its advice is to reach out first to the people you already have
a connection with to find those gatekeepers, before cold research. Marking a partner \`gatekeeper\`
says that it controls access to people or resources the coalition needs. If the coalition's own
organisation has no relationship with it, or only a weak one, the doors it could open stay shut, or
open only through someone else's goodwill.

## How to fix

- Get to know the gatekeeper, ideally through a partner you both know, and record the tie:
  \`tie FoodBank -- Pastor { strength moderate }\`.
- If the tie exists but is weak, invest in it (regular contact, something offered first) and update
  \`strength\` when it has grown.
- If the partner doesn't actually control access, remove \`gatekeeper\`.

## Example

\`\`\`partnership
network Eastside {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families reached each week"
    baseline 120 on 2026-01-01
    target 200 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit  plays Distribution }
partner Tenants  { sector resident   plays Outreach }
partner Pastor {
    sector faith
    plays Outreach
    gatekeeper
}

tie FoodBank -- Tenants { strength strong }
tie Tenants -- Pastor   { strength strong }
tie FoodBank -- Pastor  { strength weak }
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:21:5 info Pastor is a gatekeeper, but FoodBank's tie to it is weak. Gatekeepers are trusted leaders who can connect FoodBank with the rest of the community: invest in that relationship and update the tie's strength when it has grown. [gatekeeper-not-tied]
    network.partnership:26:36 tie FoodBank -- Pastor: strength weak
\`\`\`

Without the tie \`FoodBank -- Pastor\`, the message would read \`Pastor is a gatekeeper, but FoodBank
has no tie to it. Gatekeepers are trusted leaders who can connect FoodBank with the rest of the
community: get to know it, ideally through a partner you both know, and record the tie.\`

Message format: \`<Partner> is a gatekeeper, but <us> has no tie to it.\` or \`... but <us>'s tie to it
is weak.\`, then the advice for that case.

## Configure

- Severity: \`policy { rule gatekeeper-not-tied warning }\` in the \`network\` block (\`error\`,
  \`warning\`, \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the partner:
  \`\`\`partnership
  // @allow gatekeeper-not-tied -- the tenants union introduces us to the pastor in January
  partner Pastor {
      gatekeeper
  }
  \`\`\`
`,"goal-not-cocreated.md":`# goal-not-cocreated

**Default severity:** info \xB7 **Threshold:** none \xB7 **Applies to:** each \`goal\`

## What it checks

A goal's \`cocreated-by\` lists the partners who shaped it. The rule fires for a goal that names no
co-creator **other than the network's \`us\` partner**. This happens in two cases, each with its own
message:

1. the goal has **no \`cocreated-by\`** at all;
2. its \`cocreated-by\` names **only \`us\`**, your own organisation. The \`cocreated-by\` line is the
   related location.

In a network without \`us\` (no \`network\` block, or none naming \`us\`), any co-creator counts. A
\`cocreated-by\` whose names all fail to resolve is an
[unresolved-reference](structural.md#unresolved-reference) error and isn't reported again here.
The finding is placed on the goal's name.

## Why

Goals are the glue of a coalition: they give partners from different organisations a shared sense
of what they are working toward. But a goal that one organisation brings to the table already
decided rarely feels like the partners' own, and their engagement drops. Goals should be
co-created whenever possible: come with a general idea, and let the partners shape it. Recording
who shaped each goal shows which goals the network really shares, and which are still only yours.
The default severity is \`info\` because a new goal is often drafted first and shaped with partners
afterwards.

## How to fix

- Shape the goal with the partners it depends on, then list them: \`cocreated-by FoodBank, Tenants\`.
- If partners already helped shape it, write them down.
- If the goal is yours alone, consider whether it belongs in the coalition's file or in your own
  organisation's plans.

## Example

\`\`\`partnership
network Demo {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families who went a week without enough food this year"
    baseline 140 on 2026-01-01
    target 0 by 2028-12-31
}

goal FreshProduce "Fresh produce in every corner store" {
    cocreated-by FoodBank
    measure "corner stores that sell fresh produce"
    baseline 4 on 2026-01-01
    target 20 by 2027-12-31
}

goal SummerMeals "Free lunches all summer for school-age children" {
    measure "free lunches served over the summer"
    baseline 3000 on 2026-08-31
    target 6000 by 2027-08-31
}

role Distribution {
    serves NoFamilyHungry, FreshProduce, SummerMeals
}

role Outreach {
    serves NoFamilyHungry, SummerMeals
}

partner FoodBank {
    plays Distribution
}

partner Tenants {
    plays Outreach
}

tie FoodBank -- Tenants {
    FoodBank gives space
    Tenants gives lived-experience, volunteers
}
\`\`\`

\`\`\`
network.partnership:13:6 info The goal FreshProduce is co-created by FoodBank alone; name the partners who shaped it with you (cocreated-by FoodBank, ...). [goal-not-cocreated]
    network.partnership:14:18 cocreated-by FoodBank (our own organisation)
network.partnership:20:6 info The goal SummerMeals names no co-creators; write down which partners shaped it (cocreated-by ...). [goal-not-cocreated]
\`\`\`

Message formats:

- \`The goal <Goal> names no co-creators; write down which partners shaped it (cocreated-by ...).\`
- \`The goal <Goal> is co-created by <Us> alone; name the partners who shaped it with you
  (cocreated-by <Us>, ...).\`

## Configure

- Severity: \`policy { rule goal-not-cocreated warning }\` in the \`network\` block (\`error\`,
  \`warning\`, \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the goal:
  \`\`\`partnership
  // @allow goal-not-cocreated -- set by the county grant; partners review it in March
  goal SummerMeals "Free lunches all summer for school-age children"
  \`\`\`
`,"goal-off-track.md":`# goal-off-track

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** each \`goal\` with a \`baseline\`, a \`target\` and a \`progress\` reading after the baseline

## What it checks

The rule draws a straight line from the goal's \`baseline\` to its **latest** \`progress\` reading, and
extends it to the target's date. If the measure, at that pace, would not reach the target by then,
the goal is off track.

- The **latest reading** is the one with the latest date, wherever it is written; of two readings on
  the same date, the one written last.
- The pace is counted in calendar days: the change from the baseline to the latest reading,
  divided by the days between them, times the days from the baseline to the target's date.
- A measure can rise or fall. When the target is **above** the baseline (more households reached),
  the goal is off track when the projection stays **below** the target. When the target is
  **below** the baseline (fewer families going hungry), it is off track when the projection stays
  **above** it. A projection exactly on the target is on track.

The rule is silent about a goal that

- is \`achieved\`;
- is **past due**: its \`due\` date or its target's date is before today. Once a date has passed,
  [goal-past-due](goal-past-due.md) reports the goal, and there is no pace left to project;
- has no \`baseline\`, no \`target\` (see [goal-without-measure](goal-without-measure.md)), or no
  \`progress\` reading;
- has no reading **after** the baseline's date (a reading on the baseline's date, or before it,
  gives no pace);
- has a target equal to its baseline.

The finding is placed on the \`target\`. The baseline and the latest reading are related locations.
Values are shown with at most one decimal and thousands grouped (\`1,388.9\`); a projection that
would round to the target itself is rounded toward the baseline instead, so the message never reads
"1,440, short of its target of 1,440".

The straight line is a simple reading of the numbers, not a forecast: it doesn't know about the new
site that opens next spring. It is the same projection the editor's hover and \`partnership report\`
show for the goal.

## Why

Evaluating a partnership is not only for the end. "How to Build Strong Community Partnerships"
asks partners to assess the outcomes of their joint work regularly and to adapt: change course when
something isn't working, and stay flexible as circumstances change. Readings of a shared measure
make that possible while there is still time to act. When the pace so far won't reach the target by
its date, that is the moment to ask the partners why (a missing resource, a role nobody fills, a
plan that doesn't fit) and either change what the partnership does or agree a target it can reach.

## How to fix

- Bring the numbers to the partners who serve the goal, and ask what would speed things up: more of
  a kind of value (see [unmet-need](unmet-need.md)), another partner, a different approach.
- If the target was too ambitious, agree a new one together: \`target 1400 by 2027-12-31\`, or a
  later date.
- If the latest reading is old, add a new one: \`progress 1360 on 2026-10-31\`. The pace is
  recomputed from it.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    purpose joint-action
}

goal FreshProduce "20% more households within a mile of fresh produce" {
    cocreated-by FoodBank, Tenants
    measure "households within a mile of fresh produce"
    baseline 1200 on 2025-01-01
    target 1440 by 2027-12-31
    progress 1290 on 2026-03-31
    progress 1310 on 2026-09-30
}

role Distribution { serves FreshProduce }
role Outreach     { serves FreshProduce }

partner FoodBank { sector nonprofit        plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Clinic   { sector healthcare       plays Outreach }

tie FoodBank -- Tenants
tie Tenants -- Clinic
tie Clinic -- FoodBank
\`\`\`

From the baseline to the latest reading, 637 days, the measure rose by 110. The target's date is
1,094 days after the baseline: at that pace the measure reaches 1200 + 110 \xD7 1094 / 637 \u2248 1,388.9,
short of 1,440.

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:10:12 warning At the current pace (1,200 on 2025-01-01 \u2192 1,310 on 2026-09-30), the measure of the goal FreshProduce reaches 1,388.9 by 2027-12-31, short of its target of 1,440. Talk with its partners about what would speed it up, or agree a target you can reach. [goal-off-track]
    network.partnership:9:14 baseline: 1,200 on 2025-01-01
    network.partnership:12:14 latest reading: 1,310 on 2026-09-30
\`\`\`

Message format: \`At the current pace (<baseline> on <date> \u2192 <latest> on <date>), the measure of
the goal <Goal> reaches <projected> by <target date>, short of its target of <target>. Talk with
its partners about what would speed it up, or agree a target you can reach.\` For a target below
the baseline: \`... the measure of the goal <Goal> stands at <projected> by <target date>, above its
target of <target>. ...\` Related locations: \`baseline: <value> on <date>\`, \`latest reading: <value>
on <date>\`.

## Configure

- Severity: \`policy { rule goal-off-track info }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the goal:
  \`\`\`partnership
  // @allow goal-off-track -- the second market opens in April and doubles the pace
  goal FreshProduce "20% more households within a mile of fresh produce" {
      target 1440 by 2027-12-31
  }
  \`\`\`
`,"goal-past-due.md":`# goal-past-due

**Default severity:** warning \xB7 **Threshold:** none (each goal's dates) \xB7 **Applies to:** each \`goal\` that is not \`achieved\`

## What it checks

A goal can carry two dates: its own \`due\` date, and the date in its target (\`target 1440 by
2027-12-31\`), by which the measure should be reached. The rule fires when **either date is before
today** and the goal has no \`achieved\` line.

- When both dates have passed, the finding names the **earlier** one, and lists the other as a
  related location. A goal is reported once, never once per date.
- When only one of the two has passed, that one is named, whichever it is.
- A date that is **today** has not passed yet: the rule fires from the day after.
- **Today** is the local date; on the command line \`--today YYYY-MM-DD\` sets it (see
  [cli.md](../cli.md)).
- A goal with \`achieved\` is never reported, even when it was achieved after its date.
- A goal without \`due\` and without \`target\` has no date to miss and is not reported (see
  [goal-without-measure](goal-without-measure.md)).
- A date that is not a real day is an [invalid-date](structural.md#invalid-date) error and is not
  checked.

The finding is placed on the date that has passed: the \`due\` date, or the target (\`1440 by
2026-08-31\`). The message gives the number of days since. When the goal has \`progress\` readings,
the latest one (by date) is named and is a related location. When the goal also has a \`baseline\`
and that latest reading already meets the target (at or above it for a measure that should rise,
at or below it for one that should fall), the message says so and asks you to record the
achievement instead.

A goal that is past due is not also reported by [goal-off-track](goal-off-track.md): once the date
has passed, there is no pace left to project.

## Why

A partnership needs regular points where the partners stop and look at what their work has
achieved. "How to Build Strong Community Partnerships" asks coalitions to evaluate their joint
efforts, adjust what isn't working, and celebrate what worked; "Tip Sheet: Building Community
Partnerships" (tip 10, keep asking questions and checking in) adds that the plan should be
revisited when conditions change, and that accomplishments deserve celebrating. A goal's date is
one of those natural points. When it passes quietly, either a success goes unrecognised, or the
partners keep working toward a date that no longer means anything. Both are worth a conversation.

## How to fix

In the editor, the quick fix **Mark \u2026 achieved** adds \`achieved\` with today's date (correct it if the goal was reached earlier).

- If the goal was reached, record when: \`achieved 2026-08-20\`, and celebrate it with the partners.
- If it wasn't, talk with the partners who serve it about what happened, and agree a new date: a
  new \`due\`, or a new \`target ... by ...\`. Add a \`progress\` reading so the next review starts from
  where the measure stands.
- If the coalition has dropped the goal, remove it (and the \`serves\` lines that name it).

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    purpose joint-action
}

goal SummerMeals "Free summer lunches at six Eastside sites" {
    cocreated-by FoodBank, Tenants
    measure "sites serving free lunches"
    baseline 2 on 2026-01-15
    target 6 by 2026-08-31
    progress 5 on 2026-07-31
}

role Distribution { serves SummerMeals }
role Outreach     { serves SummerMeals }

partner FoodBank { sector nonprofit        plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Clinic   { sector healthcare       plays Outreach }

tie FoodBank -- Tenants
tie Tenants -- Clinic
tie Clinic -- FoodBank
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:10:12 warning The goal SummerMeals was to reach its target of 6 by 2026-08-31, 62 days ago, and is not marked achieved. The latest reading is 5 on 2026-07-31. If it was reached, record the date (achieved YYYY-MM-DD); if not, agree a new target date with its partners. [goal-past-due]
    network.partnership:11:14 latest reading: 5 on 2026-07-31
\`\`\`

Had the July reading been \`progress 6 on 2026-07-31\`, the message would end \`The latest reading,
6 on 2026-07-31, meets the target: record when it was achieved (achieved YYYY-MM-DD).\`

Message formats:

- \`The goal <Goal> was due on <due>, <N> days ago, and is not marked achieved.\` when the \`due\`
  date is the one that passed first;
- \`The goal <Goal> was to reach its target of <value> by <date>, <N> days ago, and is not marked
  achieved.\` when the target's date is;

followed by \`The latest reading is <value> on <date>.\` (when there is one) and \`If it was reached,
record the date (achieved YYYY-MM-DD); if not, agree a new due date (or: target date) with its
partners.\`, or, when the latest reading meets the target, by \`The latest reading, <value> on
<date>, meets the target: record when it was achieved (achieved YYYY-MM-DD).\` \`1 day ago\` for one
day. Values are shown with at most one decimal and thousands grouped (\`1,440\`). Related locations:
the other date, when it has passed too (\`the goal's due date <date> has passed too\`, \`the target's
date <date> has passed too\`), and \`latest reading: <value> on <date>\`.

## Configure

- Severity: \`policy { rule goal-past-due error }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the goal:
  \`\`\`partnership
  // @allow goal-past-due -- new date to be agreed at the January steering call
  goal SummerMeals "Free summer lunches at six Eastside sites" {
      target 6 by 2026-08-31
  }
  \`\`\`
`,"goal-without-measure.md":`# goal-without-measure

**Default severity:** info \xB7 **Threshold:** none \xB7 **Applies to:** each \`goal\` that is not \`achieved\`

## What it checks

The rule fires for a goal that lacks either of the two things that make progress visible:

- a **\`measure\`**: what the partners count, in words (\`measure "households within a mile of fresh
  produce"\`);
- a **\`target\`**: how much of it, by when (\`target 1440 by 2027-12-31\`).

The message says which one is missing, or that both are. A goal with both is not reported, even
without a \`baseline\` or \`progress\` readings (but [goal-off-track](goal-off-track.md) can only judge
the pace of a goal that has a baseline and a reading after it). A measure that is blank (\`measure
""\`) counts as missing.

A goal with \`achieved\` is not reported: it is done, and nothing is left to measure. A goal that has
only a \`due\` date is reported: a date says when, not how much.

The finding is placed on the goal's name. When one of the two is there, it is the related location.

## Why

Partners who share a goal need a shared way of knowing whether they are getting there. "How to
Build Strong Community Partnerships" ends its steps with evaluating the partnership: assessing the
outcomes of the joint work regularly and adjusting what doesn't work. That is only possible when
the partners have agreed beforehand what they will look at. A goal stated only in words ("more
families eating well") lets every partner read its own success into it; a measure that everyone
counts the same way, and a target with a date, turn it into something the partners can review
together. The default severity is \`info\`: some goals are kept deliberately open for a while, while
the partners work out together how to measure them.

## How to fix

- Agree with the partners who serve the goal on what you will count, and write it down:
  \`measure "families who get enough food every week"\`.
- Agree on how much, by when: \`target 450 by 2027-12-31\`. Add where the measure stands today,
  \`baseline 300 on 2026-01-01\`, so that progress can be judged.
- Record readings as they come in: \`progress 340 on 2026-06-30\`.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families who get enough food every week"
    due 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit        plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Clinic   { sector healthcare       plays Outreach }

tie FoodBank -- Tenants
tie Tenants -- Clinic
tie Clinic -- FoodBank
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:6:6 info The goal NoFamilyHungry has a measure ("families who get enough food every week") but no target; agree with its partners how much by when (target <number> by <date>). [goal-without-measure]
    network.partnership:8:13 the measure, without a target
\`\`\`

Message formats:

- \`The goal <Goal> has no measure and no target; agree with its partners what you will count
  (measure "...") and how much of it by when (target <number> by <date>), so that everyone can see
  progress.\`
- \`The goal <Goal> has a target (<value> by <date>) but no measure; write down what the number
  counts (measure "..."), so that every partner reads it the same way.\` The related location reads
  \`the target, without a measure\`.
- \`The goal <Goal> has a measure ("<measure>") but no target; agree with its partners how much by
  when (target <number> by <date>).\` The related location reads \`the measure, without a target\`.

## Configure

- Severity: \`policy { rule goal-without-measure warning }\` in the \`network\` block (\`error\`,
  \`warning\`, \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the goal:
  \`\`\`partnership
  // @allow goal-without-measure -- the partners set the target at the spring retreat
  goal NoFamilyHungry "No Eastside family goes a week without enough food" {
      measure "families who get enough food every week"
  }
  \`\`\`
`,"goal-without-partner.md":`# goal-without-partner

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** each \`goal\`

## What it checks

A goal counts as served when some partner \`plays\` a role whose \`serves\` names the goal. The rule
fires for every goal that is not served. This happens in two cases, each with its own message:

1. **no role serves the goal** at all;
2. **roles serve the goal, but no partner plays any of them.** Those roles are named in the
   message and listed as related locations.

\`cocreated-by\` does not count: a partner that co-created a goal still needs a role that serves it.
The finding is placed on the goal's name.

## Why

Shared goals are what hold a coalition together. Partners commit to the network because it works
toward something they also want. A goal that no partner's role works toward exists only on paper:
nobody has taken on the part of the work that advances it, and nobody will notice when it slips.
Tying goals to roles, and roles to partners, makes it visible who is moving each goal forward.

## How to fix

- Add \`serves GoalName\` to a role that partners play, if that role already advances the goal.
- Or give a partner the role that serves it (\`plays Funder\`), recruiting one if you need to.
- If the coalition isn't actually pursuing the goal, remove it.

## Example

\`\`\`partnership
network Demo {
    purpose joint-action
}

goal NoFamilyHungry "No family goes a week without enough food" {
    cocreated-by FoodBank, Clinic
    measure "families who went a week without enough food this year"
    baseline 140 on 2026-01-01
    target 0 by 2028-12-31
}

goal FreshProduce "20% more households near fresh produce" {
    cocreated-by FoodBank, Clinic
    measure "households within a mile of fresh produce"
    baseline 1200 on 2026-01-01
    target 1440 by 2027-12-31
}

goal Housing "Stable housing for youth" {
    cocreated-by Clinic
    measure "young people in stable housing"
    baseline 60 on 2026-01-01
    target 90 by 2027-12-31
}

role Convener {
    serves NoFamilyHungry
}

// @allow unused-role -- recruiting a funder this spring
role Funder {
    serves Housing
}

partner FoodBank {
    plays Convener
}

partner Clinic {
    plays Convener
}

tie FoodBank -- Clinic
\`\`\`

\`\`\`
network.partnership:12:6 warning No role serves the goal FreshProduce; add 'serves FreshProduce' to a role that partners play. [goal-without-partner]
network.partnership:19:6 warning No partner plays a role that serves the goal Housing (Funder is played by nobody). [goal-without-partner]
    network.partnership:31:6 role Funder serves Housing
\`\`\`

Message formats:

- \`No role serves the goal <Goal>; add 'serves <Goal>' to a role that partners play.\`
- \`No partner plays a role that serves the goal <Goal> (<Role> is played by nobody).\` When several
  roles serve the goal: \`(<Role1>, <Role2> are played by nobody)\`.

## Configure

- Severity: \`policy { rule goal-without-partner info }\` in the \`network\` block (\`error\`,
  \`warning\`, \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the goal:
  \`\`\`partnership
  // @allow goal-without-partner -- goal agreed last week; roles assigned at the next meeting
  goal Housing "Stable housing for youth" {
      cocreated-by Clinic
  }
  \`\`\`
`,"invite-all.md":`# invite-all

**Default severity:** warning \xB7 **Threshold:** \`max-invite-share\` (default 50%) \xB7 **Applies to:** each \`meeting\` that names no \`roles\`

## What it checks

For each meeting without a \`roles\` line, the rule counts the partners the meeting invites by name
(\`invites ...\`) and compares that with the number of partners in the network. It fires when the
share is **more than** \`max-invite-share\` (default 0.5, that is 50%). A meeting that invites exactly
half of the partners is not reported.

- A meeting that names \`roles\` is not checked: it invites by role, and
  [invite-without-role](invite-without-role.md) checks the partners it invites on top of that.
- Partners at \`stage ended\` are left out of **both** numbers: they are history kept in the file,
  not partners to invite. (An ended partner that still attends a meeting is a matter for
  [ended-partner-engaged](ended-partner-engaged.md).) Every other partner counts, whatever its
  stage, and so does \`us\` when the meeting invites it.
- A partner named twice counts once. A name that isn't a partner is an
  [unresolved-reference](structural.md#unresolved-reference) error and doesn't count.
- Networks of **fewer than 4 partners** (not counting ended ones) are not checked. In a network of
  three, any meeting of two is already more than half, and a small coalition meeting as a whole is
  simply how it works.
- The partners and meetings of every file of the network count. The rule needs no \`network\` block.

The finding is placed on the meeting's name, and each invitation that counts is a related location.
The share is shown as a whole percentage; when rounding would make it read like the limit itself
(50.5% against a limit of 50%), it keeps a decimal.

## Why

Inviting every partner to every meeting feels welcoming: nobody is left out of the loop. But each
invitation spends hours a partner may not have, and coalition partners already give their time to
many other things. A meeting that doesn't say which roles it needs asks everyone to come whether or
not there is anything for them to do there, and the partners with the least time are the first to
stop coming, to this meeting and then to others. The practice in "7 Tips for Strategic Networking
with Community Partners" (tip 4, give each partner a specific role to play) is to invite a partner
only when the meeting needs the role it plays, and to keep everyone else informed in lighter ways.

## How to fix

- Decide which roles the meeting needs and name them: \`roles Convener, Funder\`. The partners that
  play those roles attend; take them out of \`invites\`, and keep a name there only for a guest the
  meeting needs for a reason of its own.
- Keep the other partners informed without a meeting: minutes, a newsletter, a shared channel
  (write it down in the network block: \`communication "Monthly newsletter and a shared channel"\`).
- If it really is an occasion for every partner, such as an annual assembly or a celebration, use
  \`@allow\` with that reason.
- If your coalition sets a different bar, change \`max-invite-share\`.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families who get enough food every week"
    baseline 300 on 2026-01-01
    target 450 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit        plays Distribution }
partner StMarks  { sector faith            plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Parents  { sector resident         plays Outreach }
partner Clinic   { sector healthcare       plays Outreach }

tie FoodBank -- StMarks
tie StMarks -- Tenants
tie Tenants -- Parents
tie Parents -- Clinic
tie Clinic -- FoodBank

meeting Planning "Monthly planning call" {
    every 1 month
    duration 1 hour
    invites FoodBank, StMarks, Tenants, Parents
}
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:28:9 warning The meeting Planning names no roles and invites 4 of the network's 5 partners, 80%; the limit is 50%. Invite a partner only when the meeting needs a role it plays: name the roles the meeting needs (roles ...) and invite by role. [invite-all]
    network.partnership:31:13 invites FoodBank
    network.partnership:31:23 invites StMarks
    network.partnership:31:32 invites Tenants
    network.partnership:31:41 invites Parents
\`\`\`

Four of the five partners are invited: 4 / 5 = 80%, more than the limit of 50%.

Message format: \`The meeting <Meeting> names no roles and invites <N> of the network's <P> partners,
<share>%; the limit is <limit>%. Invite a partner only when the meeting needs a role it plays: name
the roles the meeting needs (roles ...) and invite by role.\` When the network has ended partners,
\`<P> partners\` reads \`<P> partners (not counting <E> ended)\`. Each related location reads
\`invites <Partner>\`.

Fixed: the planning call needs the distributors; the food bank and St Mark's play that role.

\`\`\`partnership
meeting Planning "Monthly planning call" {
    every 1 month
    duration 1 hour
    roles Distribution
}
\`\`\`

## Configure

- Threshold: \`policy { max-invite-share 0.6 }\` (or \`60%\`) in the \`network\` block. Allowed values
  are 0 to 1, default 0.5. \`max-invite-share 1\` turns the check off in practice.
- Severity: \`policy { rule invite-all info }\` in the \`network\` block (\`error\`, \`warning\`, \`info\` or
  \`off\`).
- \`@allow\`: put the comment directly above the \`meeting\`:
  \`\`\`partnership
  // @allow invite-all -- the annual assembly: every partner is welcome
  meeting Assembly "Annual assembly" {
      invites FoodBank, StMarks, Tenants, Parents, Clinic
  }
  \`\`\`
`,"invite-without-role.md":`# invite-without-role

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** each \`meeting\` that lists \`roles\`

## What it checks

A meeting's \`roles\` say which roles it needs: partners playing any of them attend. Its \`invites\`
add partners by name. For a meeting that lists at least one role, the rule looks at each invited
partner and fires when **none** of the partner's roles (\`plays\`) is among the meeting's \`roles\`.
A partner that plays no role at all is reported too.

- A meeting **without \`roles\`** is a general meeting, such as a coalition table or an annual
  assembly. Its \`invites\` are its guest list, and the rule doesn't check them.
- The network's **\`us\` partner** is never reported. Your own organisation convenes and attends
  the meetings it runs, and its time is held against \`budget\` ([over-budget](over-budget.md)), not
  spent on someone else's behalf.
- Inviting a partner that already attends through one of its roles is not reported. The
  invitation is redundant, but it asks nothing extra of the partner.
- A name that is invited twice is reported once, at its first mention.

Each finding is placed on the invited name in \`invites\`. The related locations are the meeting's
\`roles\` and the partner's \`plays\` (or the partner's name, if it plays no role).

## Why

It is tempting to invite every partner to every meeting so that nobody feels left out. But partners
have limited hours too, and each meeting they attend without a part to play costs them time they
could give to the work. The practice is to invite a partner only when the meeting needs the
specific role it plays. Partners stay engaged longer when they are asked for what they are there
to do, and no more.

## How to fix

- Remove the partner from \`invites\` and keep it informed another way (minutes, a newsletter).
- If the meeting really does need what the partner brings, say so: add the partner's role to the
  meeting's \`roles\`. Every partner playing that role then attends.
- If the partner has taken on a new part in the network, give it the role (\`plays ...\`) that the
  meeting needs.

## Example

\`\`\`partnership
network Demo {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No family goes a week without enough food" {
    cocreated-by FoodBank, UnitedWay, CityHealth
    measure "families who went a week without enough food this year"
    baseline 140 on 2026-01-01
    target 0 by 2028-12-31
}

role Convener {
    serves NoFamilyHungry
    lane "convening and coordination"
}

role Funder {
    serves NoFamilyHungry
    lane "grant-making"
}

role Evidence {
    serves NoFamilyHungry
    lane "data and evaluation"
}

partner FoodBank {
    plays Convener
}

partner UnitedWay {
    plays Funder
}

partner CityHealth {
    plays Evidence
}

tie FoodBank -- UnitedWay {
    FoodBank gives visibility, data
    UnitedWay gives funding
}

tie FoodBank -- CityHealth {
    FoodBank gives data, lived-experience
    CityHealth gives expertise
}

tie UnitedWay -- CityHealth {
    UnitedWay gives funding
    CityHealth gives data
}

meeting Steering "Monthly steering call" {
    every month
    duration 2 hours
    roles Convener, Funder
    invites CityHealth
}
\`\`\`

\`\`\`
network.partnership:59:13 warning The meeting Steering invites CityHealth, whose role (Evidence) is not among the meeting's roles (Convener, Funder); invite a partner only when the meeting needs a role it plays. [invite-without-role]
    network.partnership:58:11 meeting Steering needs roles Convener, Funder
    network.partnership:37:11 CityHealth plays Evidence
\`\`\`

Message formats:

- \`The meeting <Meeting> invites <Partner>, whose role (<Role>) is not among the meeting's roles
  (<Roles>); invite a partner only when the meeting needs a role it plays.\` With several roles:
  \`whose roles (<Role1>, <Role2>) are not among ...\`.
- \`The meeting <Meeting> invites <Partner>, which plays no role; invite a partner only when the
  meeting needs a role it plays.\`

## Configure

- Severity: \`policy { rule invite-without-role info }\` in the \`network\` block (\`error\`,
  \`warning\`, \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the meeting. It covers all of the meeting's
  invitations:
  \`\`\`partnership
  // @allow invite-without-role -- CityHealth presents the annual data report in December
  meeting Steering "Monthly steering call" {
      roles Convener, Funder
      invites CityHealth
  }
  \`\`\`
`,"isolated-partner.md":`# isolated-partner

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** each \`partner\`

## What it checks

The rule fires for every partner that is not one side of any tie in the network. Only ties that
make it into the analysis count, so a self-tie (\`tie A -- A\`), a duplicate tie, or a tie whose other
partner is unknown does not connect the partner. The finding is placed on the partner's name.

A partner at \`stage ended\` is not reported: it is history kept in the file, and an ended partner
counts in no network metric. Nor is a partner at \`stage prospect\`: one you would like to bring in
and have not engaged yet, so no tie is expected (a partner at \`stage exploring\` is talking with
someone, and that conversation is a tie: it is reported).

## Why

Everyone in a partnership network should be there for a reason, and that reason shows up as a
relationship someone keeps up. A partner that is declared but tied to nobody has no effort, no
exchange and no check-in recorded. It may be a relationship the coalition has stopped tending, an
entry left over from a "more is better" list of names, or a prospect nobody has contacted yet. In
each case, a reader of the file can't tell what the partner brings or who is responsible for it.

## How to fix

- Add the tie that actually exists, with its \`effort\` and what each side \`gives\`.
- If nobody keeps up the relationship and the partner isn't needed for a goal, remove the partner.
- For a prospect you haven't met yet, write \`stage prospect since <date>\`: it is then expected to
  have no tie, and [stale-prospect](stale-prospect.md) reminds you when it has stayed a prospect
  too long.

## Example

\`\`\`partnership
network Demo {
    purpose joint-action
}

goal HealthyMeals "Every clinic patient can get a healthy meal" {
    cocreated-by FoodBank, Clinic
    measure "clinic patients referred to a healthy meal programme"
    baseline 200 on 2026-01-01
    target 500 by 2027-12-31
}

role Convener {
    serves HealthyMeals
}

role Publicity "Puts the coalition on air" {
    serves HealthyMeals
}

partner FoodBank {
    plays Convener
}

partner Clinic {
    plays Convener
}

partner Radio "Community Radio" {
    plays Publicity
}

tie FoodBank -- Clinic {
    FoodBank gives data, lived-experience
    Clinic gives expertise
}
\`\`\`

\`\`\`
network.partnership:28:9 warning Radio has no tie to any partner; add a tie or remove the partner from the network. [isolated-partner]
\`\`\`

Message format: \`<Partner> has no tie to any partner; add a tie or remove the partner from the
network.\`

## Configure

- Severity: \`policy { rule isolated-partner info }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the partner:
  \`\`\`partnership
  // @allow isolated-partner -- first conversation with the station is set for January
  partner Radio "Community Radio" {
      plays Publicity
      stage prospect
  }
  \`\`\`
`,"lane-overlap.md":`# lane-overlap

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** each \`role\` with a \`lane\`

## What it checks

A role's \`lane\` names the responsibility it owns. The rule compares the lanes of all roles in the
network, across all its files, and fires when two roles claim the same lane.

- Lanes are compared **without regard to case or spacing**: \`"Weekly pantry logistics"\` and
  \`"weekly  Pantry logistics "\` are the same lane. Other differences, such as punctuation or
  wording, make lanes different.
- The role declared first keeps the lane. Every later role with the same lane gets a finding. The
  finding is placed on the later role's \`lane\`, and the first role's \`lane\` is the related
  location. "First" follows the order in which the network's files are read: files that declare the
  network come first, then the other files by path, then source order within a file.
- A role without a \`lane\`, or with an empty one (\`lane ""\`), is not checked.

## Why

Few things sour a partnership faster than unclear responsibilities. When two partners each think a
piece of work is theirs, they step on each other's toes; when each thinks it's the other's, it
doesn't get done. Either way, resentment follows. The remedy is to mark the lanes at the start,
saying who is responsible for what, and then to stay in your own. Two roles that claim the same
lane are exactly the ambiguity to settle early.

## How to fix

- Split the lane: say what each role owns (\`"Weekly pantry logistics"\` and \`"Mobile market
  logistics"\`).
- If the two roles really are one responsibility, merge them into one role that several partners
  play.

## Example

\`\`\`partnership
network Demo {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No family goes a week without enough food" {
    cocreated-by FoodBank, StMarks
    measure "families who went a week without enough food this year"
    baseline 140 on 2026-01-01
    target 0 by 2028-12-31
}

role Distribution "Runs the food bank's distribution" {
    serves NoFamilyHungry
    lane "Weekly pantry and mobile market logistics"
}

role ChurchPantry "Runs the church pantry" {
    serves NoFamilyHungry
    lane "weekly pantry and mobile market logistics"
}

partner FoodBank {
    plays Distribution
}

partner StMarks {
    plays ChurchPantry
}

tie FoodBank -- StMarks {
    FoodBank gives in-kind
    StMarks gives volunteers, space
}
\`\`\`

\`\`\`
network.partnership:20:10 warning The role ChurchPantry claims the same lane as Distribution ("weekly pantry and mobile market logistics"); give each role a lane of its own, or merge the two roles. [lane-overlap]
    network.partnership:15:10 role Distribution claims the lane "Weekly pantry and mobile market logistics"
\`\`\`

Message format: \`The role <Role> claims the same lane as <FirstRole> ("<lane>"); give each role a
lane of its own, or merge the two roles.\` The lane is shown as the later role writes it, trimmed,
with runs of whitespace shown as one space.

## Configure

- Severity: \`policy { rule lane-overlap info }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the later role (the one the finding is on):
  \`\`\`partnership
  // @allow lane-overlap -- St. Mark's takes over the mobile market in March; lanes split then
  role ChurchPantry "Runs the church pantry" {
      lane "weekly pantry and mobile market logistics"
  }
  \`\`\`
`,"low-diversity.md":`# low-diversity

**Default severity:** warning \xB7 **Threshold:** \`min-diversity\` (default 0.5) \xB7 **Applies to:** the \`network\` declaration

## What it checks

The rule measures how evenly the network's partners are spread over [sectors](../language.md#vocabularies)
with **Blau's index**:

\`\`\`
Blau index = 1 \u2212 \u03A3 p\xB2        p = the share of the partners in each sector
\`\`\`

It is the chance that two partners picked at random are from different sectors: 0 when every
partner is from one sector, and higher the more sectors there are and the more evenly the partners
are spread over them (k sectors in equal shares give 1 \u2212 1/k). See
[metrics](../metrics.md#sector-diversity-blau-index).

The rule fires when the index is **below** the network's \`min-diversity\` threshold (default 0.5,
see [Policy](../language.md#policy)). An index equal to the threshold is not reported.

- Only partners that state a \`sector\` are counted. A partner without one is neither in the shares
  nor in the partner count of the message.
- At least **three partners with a sector** are needed; with fewer, the rule doesn't judge.
- The rule needs a \`network\` block. Loose files (no \`network\` declaration) are not checked.
- Every declared partner with a sector counts, whatever its \`stage\` and whether or not it has ties.
- With the default 0.5, a network drawn from two sectors passes only when they are evenly split
  (two equal sectors give exactly 0.5). Three sectors in equal shares give 0.67.

The finding is placed on the network's name. The message names the largest sector (on a tie in
size, the first in alphabetical order), how many partners it has, and how many sectors there are in
all. Numbers have at most two decimals.

## Why

Much of what a network of partners is good for comes from bringing together organisations that
don't usually meet: they know different things, reach different people and hold different kinds of
resources. Coalitions tend to grow from the partners they already know, and end up drawing from one
or two sectors that think alike and already share what they know. A network like that can miss the
resources, reach and legitimacy that a funder, a school, a faith community, a business or residents
themselves would bring. Looking across sectors on purpose, including for partners that seem
unlikely, is how a network finds ideas and means it doesn't have.

## How to fix

- Look at which sectors the network lacks for its goals (for example \`resident\`, \`business\`,
  \`faith\`, \`media\`, \`education\`), and find partners there. A gatekeeper in the community can
  introduce you.
- Check that every partner's \`sector\` is recorded: partners without one aren't counted.
- If the network is meant to be a single-sector group (say, a network of pantries that coordinate
  deliveries), lower \`min-diversity\` or use \`@allow\` with that reason.

## Example

\`\`\`partnership
network Northside "Northside Pantry Network" {
    us FoodBank
    backbone FoodBank
    budget 20 hours/month
    purpose joint-action
}

goal NoFamilyHungry "No Northside family goes a week without enough food" {
    cocreated-by FoodBank, NorthPantry, CityHousing
    measure "families who went a week without enough food this year"
    baseline 140 on 2026-01-01
    target 0 by 2028-12-31
}

role Distribution { serves NoFamilyHungry  lane "food distribution" }
role Evidence     { serves NoFamilyHungry  lane "data and evaluation" }

partner FoodBank      { sector nonprofit   plays Distribution }
partner NorthPantry   { sector nonprofit   plays Distribution }
partner SouthPantry   { sector nonprofit   plays Distribution }
partner MealsOnWheels { sector nonprofit   plays Distribution }
partner CityHousing   { sector government  plays Evidence }

tie FoodBank -- NorthPantry { FoodBank gives in-kind  NorthPantry gives lived-experience }
tie NorthPantry -- CityHousing
tie CityHousing -- SouthPantry
tie SouthPantry -- MealsOnWheels
tie MealsOnWheels -- FoodBank
\`\`\`

Four of five partners are nonprofits and one is in government: 1 \u2212 (4/5)\xB2 \u2212 (1/5)\xB2 = 1 \u2212 0.64 \u2212
0.04 = 0.32.

\`\`\`
network.partnership:1:9 warning Sector diversity (Blau index) is 0.32: 4 of 5 partners are nonprofit, from 2 sectors in all; the minimum is 0.5. Partners from other sectors bring resources and reach this network lacks. [low-diversity]
\`\`\`

Message format: \`Sector diversity (Blau index) is <index>: <count> of <counted> partners are
<largest sector>, from <k> sector(s) in all; the minimum is <min-diversity>. Partners from other
sectors bring resources and reach this network lacks.\` \`<counted>\` is the number of partners that
state a sector.

Fixed: the network brings in the Tenants Union and a clinic, and ties them to the pantries and the
city. With four nonprofits among seven partners in four sectors, the index is 1 \u2212 (16 + 1 + 1 + 1) / 49
= 0.61:

\`\`\`partnership
role Outreach { serves NoFamilyHungry  lane "outreach to families" }

partner Tenants { sector community-group  plays Outreach }
partner Clinic  { sector healthcare       plays Evidence }

tie Tenants -- NorthPantry
tie Clinic -- CityHousing
tie Tenants -- Clinic
\`\`\`

## Configure

- Threshold: \`policy { min-diversity 0.3 }\` (or \`30%\`) in the \`network\` block. Allowed values are 0
  to 1, default 0.5. \`min-diversity 0\` turns the check off in practice.
- Severity: \`policy { rule low-diversity info }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: the finding belongs to the **network declaration**, so put the comment above
  \`network\`:
  \`\`\`partnership
  // @allow low-diversity -- a delivery round of pantries; the coalition's other networks reach other sectors
  network Northside "Northside Pantry Network" {
      us FoodBank
  }
  \`\`\`
- \`partnership metrics\` shows the index as "sector diversity (Blau)" and the partners per sector in
  its JSON output (see [cli.md](../cli.md#partnership-metrics)).
`,"low-trust-tie.md":`# low-trust-tie

**Default severity:** info \xB7 **Threshold:** \`min-trust\` (default 3) \xB7 **Applies to:** each \`tie\` with a \`trust\` score

## What it checks

For each tie that records \`trust\`, the rule takes the tie's trust average:

- \`trust N\` (one overall score): the average is \`N\`;
- \`trust reliability N mission N openness N\`: the average is the mean of the aspects that are
  given. \`trust mission 2\` alone averages 2.

It fires when the average is **below** the network's \`min-trust\` threshold (default 3, see
[Policy](../language.md#policy)). A tie whose average equals the threshold is not reported.

- A tie without \`trust\` is not reported: nothing is recorded, so nothing is low.
- A tie with a score that is not a whole number from 1 to 5 is not checked; that score is a
  [trust-out-of-range](structural.md#trust-out-of-range) error.

The finding is placed on the tie's \`trust\` line. The message names every score and the
threshold. The average is shown with one decimal, or with two when one decimal would round it up to
the threshold itself (2.67 against a minimum of 2.7). Ties that are left out of the analysis
(self-ties, duplicates, ties with an unknown partner) are not checked.

## Why

Trust is what a partnership stands on. Without it, partners don't engage or commit to the shared
work. It is built slowly: by being reliable, by sharing the mission, and by communicating openly,
over a long time and with real investment. A tie where trust is low is a tie the coalition can't
yet lean on. Either put in the time it needs, or plan the work so it doesn't depend on that tie
yet. The default severity is \`info\` because low trust is often just where a new relationship
starts.

## How to fix

- Invest in the relationship: regular check-ins, keeping small promises, sharing information
  openly. Raise the score when the partners agree it has grown.
- Look at which aspect is low. Low reliability asks for small, kept commitments. Low mission
  asks for a conversation about shared goals. Low openness asks for more regular, honest
  communication.
- If the score is outdated, update it after the next check-in.
- If your coalition sets a different bar, change \`min-trust\` in the network's \`policy\`.

## Example

\`\`\`partnership
network Demo {
    us FoodBank
    purpose joint-action
    policy {
        min-trust 3
    }
}

goal FreshProduce "Fresh produce in every corner store" {
    cocreated-by FoodBank, FarmsCoop
    measure "corner stores that sell fresh produce"
    baseline 4 on 2026-01-01
    target 20 by 2027-12-31
}

role Sourcing {
    serves FreshProduce
}

partner FoodBank {
    plays Sourcing
}

partner FarmsCoop {
    plays Sourcing
}

tie FoodBank -- FarmsCoop {
    trust reliability 2 mission 3 openness 2
    FoodBank gives space, visibility
    FarmsCoop gives in-kind
}
\`\`\`

\`\`\`
network.partnership:29:5 info Trust in the tie FoodBank -- FarmsCoop averages 2.3 (reliability 2, mission 3, openness 2); the network's minimum is 3. [low-trust-tie]
\`\`\`

Message formats:

- \`Trust in the tie <A> -- <B> averages <average> (<aspect> <score>, ...); the network's minimum is
  <min-trust>.\` The aspects are listed in the order reliability, mission, openness, and only those
  that are given.
- \`Trust in the tie <A> -- <B> is <score>; the network's minimum is <min-trust>.\` for \`trust N\`.

## Configure

- Threshold: \`policy { min-trust 2.5 }\` in the \`network\` block (1\u20135, default 3). The same
  threshold is the bar for brokers in [untrusted-broker](untrusted-broker.md).
- Severity: \`policy { rule low-trust-tie warning }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the \`tie\` line:
  \`\`\`partnership
  // @allow low-trust-tie -- new partner; we review trust after the spring season
  tie FoodBank -- FarmsCoop {
      trust reliability 2 mission 3 openness 2
  }
  \`\`\`
`,"never-checked-in.md":`# never-checked-in

**Default severity:** info \xB7 **Threshold:** none (each tie's cadence) \xB7 **Applies to:** each \`tie\` with a check-in cadence and no \`last-checkin\`

## What it checks

For each tie, the rule finds the check-in cadence that applies: the tie's own \`checkin every ...\`
or, if the tie has none, the network's \`checkin every ...\`. It fires when a cadence applies and the
tie records **no \`last-checkin\`**.

- Once a tie records \`last-checkin\`, this rule is silent about it, however old the date. Whether
  the next check-in is late is [overdue-checkin](overdue-checkin.md)'s job; the two rules never
  report the same tie.
- A tie with no cadence of its own, in a network without \`checkin\`, is not reported.
- A tie to a partner at \`stage prospect\` or \`exploring\` is not reported: the two are still getting
  to know each other, and regular check-ins begin when the partnership does. A tie to an \`ended\`
  partner is history and is not reported either. A tie to a \`dormant\` partner is reported: checking
  in is how the network learns whether that partner wants to come back.
- A \`last-checkin\` that is not a real date is an [invalid-date](structural.md#invalid-date) error;
  the tie counts as having one.
- Ties that are left out of the analysis (self-ties, duplicates, ties with an unknown partner) are
  not checked.

The finding is placed on the tie's header (\`tie A -- B\`). The cadence that applies (the tie's own or
the network's default) is the related location.

## Why

Partnerships are kept alive by talking regularly: about progress, about concerns, about what comes
next. "How to Build Strong Community Partnerships" asks for check-ins on a schedule, and "Tip Sheet:
Building Community Partnerships" (tip 10, keep asking questions and checking in) warns that a
partnership set up once will not run forever on its own. A cadence says how often you mean to check
in; a tie with a cadence and no date of its last check-in is either a relationship that has never
had one, or one where nobody wrote it down. Either way, nobody can tell whether it has gone quiet,
and [overdue-checkin](overdue-checkin.md) has no date to count from. The default severity is
\`info\` because often the conversation happened and only the record is missing.

## How to fix

In the editor, the quick fix **Record a check-in today** adds \`last-checkin\` with today's date (right after you have checked in).

- Record when the partners last checked in: \`last-checkin 2026-09-14\` in the tie.
- If they never have, check in now, then record today's date.
- If this relationship needs check-ins less often than the network's default, give the tie its own
  cadence (\`checkin every 12 months\`) and record its last check-in.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    purpose joint-action
    checkin every 3 months
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families who get enough food every week"
    baseline 300 on 2026-01-01
    target 450 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit        plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Clinic   { sector healthcare       plays Outreach }

tie FoodBank -- Tenants { last-checkin 2026-09-14 }
tie Tenants -- Clinic   { last-checkin 2026-10-02 }
tie Clinic -- FoodBank
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:23:1 info The tie Clinic -- FoodBank has no check-in on record, though it is to be checked in every 3 months; record when the partners last checked in (last-checkin YYYY-MM-DD), or check in now and record today's date. [never-checked-in]
    network.partnership:4:13 the network's default check-in cadence: every 3 months
\`\`\`

Message format: \`The tie <A> -- <B> has no check-in on record, though it is to be checked in
<cadence as written>; record when the partners last checked in (last-checkin YYYY-MM-DD), or check
in now and record today's date.\` The related location reads \`check-in cadence of this tie: ...\`
when the tie has its own cadence, or \`the network's default check-in cadence: ...\`.

## Configure

- Severity: \`policy { rule never-checked-in warning }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the \`tie\` line:
  \`\`\`partnership
  // @allow never-checked-in -- the first check-in is booked for December
  tie Clinic -- FoodBank
  \`\`\`
`,"no-backbone.md":`# no-backbone

**Default severity:** info \xB7 **Threshold:** none (fixed at more than 8 partners) \xB7 **Applies to:** the \`network\` block

## What it checks

The rule counts the network's partners, across all its files, and fires when there are **more
than 8** and the \`network\` block names no \`backbone\`.

- Every declared partner counts, whatever its \`stage\`.
- Files without a \`network\` block (loose files) have nowhere to name a backbone and are not
  checked.
- A \`backbone\` that names no partner is an
  [unresolved-reference](structural.md#unresolved-reference) error and is not reported again here.
- The limit of 8 is fixed; it is not a policy threshold. To accept a larger network without a
  backbone, turn the rule off or use \`@allow\`.

The finding is placed on the network's name.

## Why

A partnership with ongoing shared work doesn't run itself. Somebody has to keep the partners
talking, keep the shared plans moving and keep the records, and that takes steady staff time and
skill. The Collective Impact model calls this a *backbone organisation*: a neutral, dedicated
organisation that provides the infrastructure and staff support. In a small network a convener can
do this on the side. Past a handful of partners, the coordination becomes a job of its own, and a
network without anyone named for it tends to drift. The default severity is \`info\` because the
choice of a backbone is a decision for the partners, not a mistake in the file.

## How to fix

- Name the organisation that does the coordinating work: \`backbone UnitedWay\` in the \`network\`
  block. It must be one of the network's partners.
- If nobody does that work yet, agree on who will, with the time and funding it needs. A neutral
  organisation (one that isn't competing for the network's resources) is the usual choice.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    purpose joint-action
    decisions "Steering group by consensus; the chair breaks ties"
    conflict "Raise it in the steering group; the chair mediates"
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants, CityHealth
    measure "families who went a week without enough food this year"
    baseline 140 on 2026-01-01
    target 0 by 2028-12-31
}

role Distribution { serves NoFamilyHungry  lane "food distribution" }
role Outreach     { serves NoFamilyHungry  lane "outreach to families" }
role Evidence     { serves NoFamilyHungry  lane "data and evaluation" }

partner FoodBank   { sector nonprofit        plays Distribution }
partner StMarks    { sector faith            plays Distribution }
partner Mosque     { sector faith            plays Distribution }
partner Tenants    { sector community-group  plays Outreach }
partner Parents    { sector resident         plays Outreach }
partner Radio      { sector media            plays Outreach }
partner CityHealth { sector government       plays Evidence }
partner Clinic     { sector healthcare       plays Evidence }
partner College    { sector education        plays Evidence }

tie FoodBank -- StMarks
tie StMarks -- Mosque
tie Mosque -- Tenants
tie Tenants -- Parents
tie Parents -- Radio
tie Radio -- CityHealth
tie CityHealth -- Clinic
tie Clinic -- College
tie College -- FoodBank
\`\`\`

\`\`\`
network.partnership:1:9 info The network Eastside has 9 partners and no backbone; a network of more than 8 partners needs a neutral backbone organisation to keep it running (backbone ...). [no-backbone]
\`\`\`

Message format: \`The network <Network> has <N> partners and no backbone; a network of more than 8
partners needs a neutral backbone organisation to keep it running (backbone ...).\`

Fixed:

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    backbone FoodBank
    budget 30 hours/month
    purpose joint-action
    decisions "Steering group by consensus; the chair breaks ties"
    conflict "Raise it in the steering group; the chair mediates"
}
\`\`\`

## Configure

- Severity: \`policy { rule no-backbone warning }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the \`network\` block:
  \`\`\`partnership
  // @allow no-backbone -- the partners choose a backbone at the March retreat
  network Eastside "Eastside Food Access Coalition" {
      us FoodBank
  }
  \`\`\`
`,"no-charter.md":`# no-charter

**Default severity:** info \xB7 **Threshold:** none (fixed at more than 8 partners) \xB7 **Applies to:** the \`network\` block

## What it checks

The rule counts the network's partners, across all its files, and fires when there are **more than
8** and the \`network\` block doesn't state both how the network makes decisions (\`decisions "..."\`)
and how it handles conflict (\`conflict "..."\`). The message names the one that is missing, or both.

- Partners at \`stage ended\` don't count. Every other partner counts, whatever its stage.
- A \`decisions\` or \`conflict\` text that is empty or only spaces states nothing and counts as
  missing.
- \`communication "..."\` is worth writing down too, but this rule doesn't require it.
- Files without a \`network\` block (loose files) have nowhere to state these and are not checked.
- The limit of 8 is fixed (the same as [no-backbone](no-backbone.md)'s); it is not a policy
  threshold. To accept a larger network without them, turn the rule off or use \`@allow\`.

The finding is placed on the network's name.

## Why

"Tip Sheet: Building Community Partnerships" (tip 7, mark the lanes, then stay in yours) says to be
very clear from the start about who does what, who makes decisions and how, how the group will
communicate, and how to handle conflict if it arises. In a handful of partners these things can be
settled in conversation. Past that, unwritten rules are remembered differently by each partner, and
the first hard decision or the first disagreement turns into an argument about how to decide
instead of about what to do. Agreeing on both while things are calm, and writing them down where
every partner can read them, is what lets a larger coalition get through that moment.

## How to fix

In the editor, the quick fix **Add decisions and conflict to the network** adds the missing lines with placeholder text for you to replace with what the partners agree.

- Agree with the partners who makes decisions and how, and write it in the \`network\` block:
  \`decisions "Steering group by consensus; the chair breaks ties"\`.
- Agree how disagreements are raised and settled: \`conflict "Raise it with the backbone first;
  the chair mediates"\`.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    budget 20 hours/month
    backbone FoodBank
    purpose joint-action
    decisions "Steering group by consensus; the chair breaks ties"
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants, Clinic
    measure "families who get enough food every week"
    baseline 300 on 2026-01-01
    target 450 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit        plays Distribution }
partner StMarks  { sector faith            plays Distribution }
partner Mosque   { sector faith            plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Parents  { sector resident         plays Outreach }
partner Radio    { sector media            plays Outreach }
partner Clinic   { sector healthcare       plays Outreach }
partner College  { sector education       plays Outreach }
partner Grocer   { sector business         plays Distribution }

tie FoodBank -- StMarks
tie StMarks -- Mosque
tie Mosque -- Tenants
tie Tenants -- Parents
tie Parents -- Radio
tie Radio -- Clinic
tie Clinic -- College
tie College -- Grocer
tie Grocer -- FoodBank
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:1:9 info The network Eastside has 9 partners but states no conflict: agree with the partners on how disagreements are handled (conflict "..."), and write it down. [no-charter]
\`\`\`

Message format: \`The network <Network> has <N> partners but states <missing>: agree with the
partners on <what to agree>, and write it down.\` \`<missing>\` is \`no decisions\`, \`no conflict\` or \`no
decisions and no conflict\`; \`<what to agree>\` is \`who makes decisions and how (decisions "...")\`,
\`how disagreements are handled (conflict "...")\`, or both joined by \`and\`.

## Configure

- Severity: \`policy { rule no-charter warning }\` in the \`network\` block (\`error\`, \`warning\`, \`info\`
  or \`off\`).
- \`@allow\`: put the comment directly above the \`network\` block:
  \`\`\`partnership
  // @allow no-charter -- the charter is being drafted; adopted at the March meeting
  network Eastside "Eastside Food Access Coalition" {
      us FoodBank
  }
  \`\`\`
`,"no-community-voice.md":`# no-community-voice

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** the \`network\` block, in networks of 3 or more partners

## What it checks

The rule asks whether anyone in the network speaks for the people the coalition serves. It is
satisfied by any one of these:

- a partner whose \`sector\` is \`resident\` or \`community-group\`;
- a partner that plays a role that \`provides lived-experience\`;
- a partner that \`gives lived-experience\` on one of its ties.

When none of them holds, the rule fires.

- Partners at \`stage ended\` don't count, neither as a voice nor towards the 3 partners: they are
  history kept in the file. Every other partner counts, whatever its stage.
- A role that provides lived experience but that no partner plays gives nobody a voice. The rule
  still fires, and lists such roles as related locations.
- Networks of **fewer than 3 partners** are not checked: two partners are a sketch, not yet a
  coalition. Files without a \`network\` block (loose files) are not checked either.
- The partners, roles and ties of every file of the network count.

The finding is placed on the network's name.

## Why

A coalition that works on an issue without the people who live with it is likely to get the issue
wrong. "How to Build Partnerships with Community Organizations" counts lived experience among the
kinds of value partners bring, alongside funding, staff time and data, and asks coalitions to bring
in the stakeholders who are affected by the issue but haven't been involved before. "7 Tips for
Strategic Networking with Community Partners" (tip 6, more diversity leads to more opportunities)
adds that a network of organisations that think alike already knows what its members know. Residents
and community groups bring what no agency or nonprofit can: first-hand knowledge of what the problem
is like, whether a plan will work, and trust in the community. The rule can't judge whether that
voice is heard, only whether the network has made room for it at all.

## How to fix

- Bring in the people the coalition serves, or a group that speaks for them: a tenants' union, a
  parents' circle, a block club, a residents' association (\`sector resident\` or
  \`sector community-group\`).
- Give them a real role, such as a role that \`provides lived-experience\` and \`serves\` the goals, and
  co-create the goals with them (\`cocreated-by\`).
- If a partner already brings lived experience, record it: \`Clinic gives lived-experience\` on its
  tie, or a role it plays that \`provides lived-experience\`.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, StMarks
    measure "families who get enough food every week"
    baseline 300 on 2026-01-01
    target 450 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Referrals    { serves NoFamilyHungry }

partner FoodBank { sector nonprofit   plays Distribution }
partner StMarks  { sector faith       plays Distribution }
partner Clinic   { sector healthcare  plays Referrals }

tie FoodBank -- StMarks
tie StMarks -- Clinic
tie Clinic -- FoodBank
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:1:9 warning No partner of the network Eastside speaks for the people it serves: none is a resident or community group (sector resident or community-group), and none brings lived experience (plays a role that provides lived-experience, or gives lived-experience on a tie). Bring in residents or a community group, and give them a role. [no-community-voice]
\`\`\`

Message format: \`No partner of the network <Network> speaks for the people it serves: none is a
resident or community group (sector resident or community-group), and none brings lived experience
(plays a role that provides lived-experience, or gives lived-experience on a tie). Bring in residents
or a community group, and give them a role.\` A role that provides lived experience but that nobody
plays is related as \`role <Role> provides lived-experience, but no partner plays it\`.

## Configure

- Severity: \`policy { rule no-community-voice info }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the \`network\` block:
  \`\`\`partnership
  // @allow no-community-voice -- the tenants' union joins in January
  network Eastside "Eastside Food Access Coalition" {
      us FoodBank
  }
  \`\`\`
`,"no-purpose.md":`# no-purpose

**Default severity:** info \xB7 **Threshold:** none \xB7 **Applies to:** the \`network\` block

## What it checks

The rule fires when the \`network\` block has no \`purpose\` line. A purpose is one of two words:

- \`purpose joint-action\`: the partners work together toward shared goals;
- \`purpose sharing\`: the partners come together to exchange information and resources.

Any other word after \`purpose\` is a [syntax error](structural.md#syntax-error), not this rule.
Files without a \`network\` block (loose files) have nowhere to state a purpose and are not checked.
The rule applies whatever the size of the network.

The finding is placed on the network's name.

## Why

Groups sometimes team up because they feel they ought to, and those partnerships tend to fail.
"Tip Sheet: Building Community Partnerships" (tip 4, know yourself, your values and your vision)
asks a partnership to be clear about its purpose: joint action, or just sharing? The two ask very
different things of the partners. A partner who came to share news and contacts will not expect to
take on shared goals, roles and meetings, and a partner who came for joint action will be frustrated
by a network that only shares. Saying which it is, and agreeing on it, keeps everyone's expectations
in line. The default severity is \`info\`: the choice is for the partners to make, not a mistake in the
file.

## How to fix

- Agree with the partners what the network is for, and write it in the \`network\` block:
  \`purpose joint-action\` or \`purpose sharing\`.
- Write the shared vision beside it: \`vision "Every Eastside family within a mile of fresh food"\`.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families who get enough food every week"
    baseline 300 on 2026-01-01
    target 450 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit        plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Clinic   { sector healthcare       plays Outreach }

tie FoodBank -- Tenants
tie Tenants -- Clinic
tie Clinic -- FoodBank
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:1:9 info The network Eastside states no purpose; agree with the partners whether they came together for joint action or for sharing information and resources, and write it down (purpose joint-action, or purpose sharing). [no-purpose]
\`\`\`

Message format: \`The network <Network> states no purpose; agree with the partners whether they came
together for joint action or for sharing information and resources, and write it down (purpose
joint-action, or purpose sharing).\`

## Configure

- Severity: \`policy { rule no-purpose off }\` in the \`network\` block (\`error\`, \`warning\`, \`info\` or
  \`off\`).
- \`@allow\`: put the comment directly above the \`network\` block:
  \`\`\`partnership
  // @allow no-purpose -- the partners decide at the first meeting
  network Eastside "Eastside Food Access Coalition" {
      us FoodBank
  }
  \`\`\`
`,"one-sided-tie.md":`# one-sided-tie

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** each \`tie\`

## What it checks

For each tie, the rule looks at its \`P gives ...\` lines and asks which of the tie's two partners
gives anything. It fires when **exactly one** of them does.

- A tie with no \`gives\` lines at all is not reported. Nothing is recorded, so nothing is one-sided.
- A tie in which only the network's \`us\` partner gives is not reported either. Giving first, often
  and generously, without asking for something back straight away, is how trust is built ("Building
  Reciprocal Community Relationships"); a tie where only the other side gives is reported, because that is the
  relationship \`us\` may be taking from without giving back.
- A \`gives\` line whose giver isn't one of the two partners doesn't count. That line is itself a
  [giver-not-endpoint](structural.md#giver-not-endpoint) error.

The finding is placed on the tie's header (\`tie A -- B\`), and the \`gives\` lines of the side that
gives are listed as related locations. Ties that are left out of the analysis (self-ties,
duplicates, ties with an unknown partner) are not checked.

## Why

A relationship where one side only takes doesn't last. Partners notice when they are contacted only
when something is needed. Durable partnerships run on give and take. Offer help before asking for
it, make asks and offers a habit, and make sure each side gets something it values. If a tie
records only what one partner gives, either the return is real but hasn't been written down, or the
coalition is treating that partner as a resource instead of a partner.

## How to fix

Add what the silent side gives, for example \`FoodBank gives visibility, data\`, using the
[value vocabulary](../language.md#vocabularies). Values aren't only money and staff time:
information, connections, visibility, space and facilitation count too. If the silent side really
gives nothing yet, that is the thing to fix in the relationship itself. Until then, use an
\`@allow\` with the reason.

## Example

\`\`\`partnership
network Demo {
    purpose joint-action
}

goal FreshProduce "20% more households near fresh produce" {
    cocreated-by FoodBank, UnitedWay
    measure "households within a mile of fresh produce"
    baseline 1200 on 2026-01-01
    target 1440 by 2027-12-31
}

role Distribution {
    serves FreshProduce
}

role Funder {
    serves FreshProduce
}

partner FoodBank {
    plays Distribution
}

partner UnitedWay {
    plays Funder
}

tie FoodBank -- UnitedWay {
    UnitedWay gives funding, connections
}
\`\`\`

\`\`\`
network.partnership:28:1 warning Only UnitedWay gives anything in the tie FoodBank -- UnitedWay; say what FoodBank gives back (FoodBank gives ...). [one-sided-tie]
    network.partnership:29:5 UnitedWay gives funding, connections
\`\`\`

Message format: \`Only <Giver> gives anything in the tie <A> -- <B>; say what <Other> gives back
(<Other> gives ...).\` The tie is named as written (\`A -- B\` in source order).

Fixed:

\`\`\`partnership
tie FoodBank -- UnitedWay {
    UnitedWay gives funding, connections
    FoodBank gives data, visibility
}
\`\`\`

## Configure

- Severity: \`policy { rule one-sided-tie info }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the \`tie\` line:
  \`\`\`partnership
  // @allow one-sided-tie -- new funder; we report back to them from Q2
  tie FoodBank -- UnitedWay {
      UnitedWay gives funding, connections
  }
  \`\`\`
`,"over-budget.md":`# over-budget

**Default severity:** error \xB7 **Threshold:** none (the network's own \`budget\`) \xB7 **Applies to:** the \`network\` declaration

## What it checks

The rule applies only when the \`network\` block declares both \`us\` (a partner that exists) and
\`budget\`. It computes the [load](../language.md#time-accounting) of the \`us\` partner in hours per
month:

- the \`effort\` of every tie \`us\` is one side of;
- the hours of every meeting \`us\` attends, because it plays one of the meeting's \`roles\` or is in
  its \`invites\`;
- the \`commitment\` of every role \`us\` plays.

The rule fires when that load is greater than \`budget\`. The finding is placed on the \`budget\` value.
It lists every tie, meeting and role commitment that adds to the total as a related location, with
its hours per month. Hours in the message are rounded to one decimal.

## Why

The limit on a coalition is rarely money. It is the hours its people have for calls, check-ins and
follow-up. Each relationship costs time to keep up, and when there are more of them than the time
allows, trust and usefulness fall across all of them. Treat that time as a budget: decide what the
goals need, and keep only the relationships that serve them. Adding partners for their own sake
doesn't help.

## How to fix

Use the related locations to see where the hours go. Then do one of these:

- reduce the \`effort\` of ties that can be kept up with less, or let ties go that don't serve a goal;
- meet less often, for less time, or invite \`us\` only where its role is needed;
- share or hand over role commitments;
- if the time really exists, raise the \`budget\` to match what you can spend.

## Example

\`\`\`partnership
network Demo {
    us FoodBank
    budget 10 hours/month
    purpose joint-action
}

goal HealthyMeals "Every clinic patient can get a healthy meal" {
    cocreated-by FoodBank, Clinic
    measure "clinic patients referred to a healthy meal programme"
    baseline 200 on 2026-01-01
    target 500 by 2027-12-31
}

role Convener {
    serves HealthyMeals
    commitment 2 hours/month
}

partner FoodBank {
    plays Convener
}

partner Clinic {
    plays Convener
}

tie FoodBank -- Clinic {
    effort 2 hours/week
    FoodBank gives data
    Clinic gives expertise
}

meeting Steering {
    every 2 weeks
    duration 90 minutes
    roles Convener
}
\`\`\`

2 hours/week = 8.67 h/month. A meeting every 2 weeks happens 2.17 times a month, and 2.17 \xD7 1.5 h =
3.25 h/month. The commitment adds 2 h/month, for a total of 13.92 h/month.

\`\`\`
network.partnership:3:12 error FoodBank spends 13.9 h/month on ties, meetings and role commitments; budget is 10 h/month (3.9 h/month over). [over-budget]
    network.partnership:28:12 tie FoodBank -- Clinic: 8.7 h/month
    network.partnership:33:9 meeting Steering: 3.3 h/month
    network.partnership:16:16 role Convener: 2 h/month
\`\`\`

Message format: \`<us> spends <load> h/month on <kinds>; budget is <budget> h/month (<excess> h/month
over).\` \`<kinds>\` names only the kinds that contribute: "ties", "meetings", "role commitments",
joined as in "ties and meetings".

## Configure

- Severity: \`policy { rule over-budget warning }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: the finding belongs to the **network declaration**, so put the comment above
  \`network\`:
  \`\`\`partnership
  // @allow over-budget -- grant-writing season; back under budget in March
  network Demo {
      us FoodBank
      budget 10 hours/month
  }
  \`\`\`
`,"overdue-checkin.md":`# overdue-checkin

**Default severity:** warning \xB7 **Threshold:** none (each tie's cadence) \xB7 **Applies to:** each \`tie\` with a \`last-checkin\`

## What it checks

For each tie that records \`last-checkin\`, the rule works out when the next check-in was due:
\`last-checkin\` plus the tie's check-in cadence. That cadence is the tie's own \`checkin every ...\`
or, if the tie has none, the network's \`checkin every ...\`. The rule fires when **today** is after
that due date. A check-in that is due today is not late yet.

- **Today** is the local date. On the command line, \`--today YYYY-MM-DD\` sets it (see
  [cli.md](../cli.md)), so CI runs and documented outputs are reproducible.
- The due date is counted on the calendar. \`every N weeks\` adds 7 \xD7 N days. \`every N months\` adds N
  calendar months, and \`every N years\` adds 12 \xD7 N months. When the day doesn't exist in the target
  month, the month's last day is used: 2026-01-31 plus one month is due by 2026-02-28. A fractional
  count such as \`every 1.5 months\` adds the whole months first and the rest as days, at 30.44
  days a month, rounded to the nearest day.
- A tie **without \`last-checkin\`** is not reported, even when a cadence applies: the rule compares
  a recorded date with the cadence, and there is no date to compare. Record the date of the last
  check-in to have the tie checked.
- A tie with no cadence of its own, in a network without \`checkin\`, is not reported.
- A \`last-checkin\` that is not a real date is an [invalid-date](structural.md#invalid-date) error
  and is not checked.

The finding is placed on the \`last-checkin\` date. The cadence that applies (the tie's own or the
network's default) is the related location. Ties that are left out of the analysis (self-ties,
duplicates, ties with an unknown partner) are not checked.

## Why

A partnership doesn't run itself once it is set up. Goals drift, people change jobs, a partner's
capacity shrinks, and the relationship can quietly stop working for one side. Regular check-ins are
how partners keep talking: about progress, about concerns, and about whether the partnership still
works for both of them. Writing down when you last checked in, and how often you mean to, lets the
tool tell you which relationships have gone quiet for longer than you intended.

## How to fix

- Check in with the partner, then update \`last-checkin\` to the date of that conversation.
  In the editor, the quick fix **Record a check-in today** sets it to today's date (right after you
  have checked in); the editor's [Check-ins view](../editor.md#check-ins) lists the overdue ties.
- If the cadence doesn't fit this relationship, give the tie its own: \`checkin every 6 months\`. It
  overrides the network's default for this tie only.
- If the relationship has ended, remove the tie.

## Example

\`\`\`partnership
network Demo {
    us FoodBank
    checkin every 3 months
    purpose joint-action
}

goal NoFamilyHungry "No family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families who went a week without enough food this year"
    baseline 140 on 2026-01-01
    target 0 by 2028-12-31
}

role Distribution {
    serves NoFamilyHungry
}

role Outreach {
    serves NoFamilyHungry
}

partner FoodBank {
    plays Distribution
}

partner Tenants {
    plays Outreach
}

tie FoodBank -- Tenants {
    FoodBank gives space
    Tenants gives lived-experience, volunteers
    last-checkin 2026-03-01
}
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:33:18 warning The last check-in on the tie FoodBank -- Tenants was 2026-03-01; it was due again by 2026-06-01 (every 3 months), 153 days ago. [overdue-checkin]
    network.partnership:3:13 the network's default check-in cadence: every 3 months
\`\`\`

Message format: \`The last check-in on the tie <A> -- <B> was <last-checkin>; it was due again by
<due date> (<cadence as written>), <N> days ago.\` (\`1 day ago\` for one day). The related location
reads \`check-in cadence of this tie: ...\` when the tie has its own cadence, or \`the network's
default check-in cadence: ...\`.

## Configure

- Severity: \`policy { rule overdue-checkin error }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the \`tie\` line:
  \`\`\`partnership
  // @allow overdue-checkin -- Tenants is between coordinators; next call set for January
  tie FoodBank -- Tenants {
      last-checkin 2026-03-01
  }
  \`\`\`
`,"overdue-review.md":`# overdue-review

**Default severity:** warning \xB7 **Threshold:** none (the network's \`review\` cadence) \xB7 **Applies to:** the \`network\` block, when it sets \`review every ...\`

## What it checks

When the \`network\` block sets how often the partnership is reviewed (\`review every 12 months\`), the
rule checks that a review is on record and recent enough:

- With **no \`last-review\`**, it fires on the \`review\` line: a review is expected and none is
  recorded.
- With a \`last-review\`, it works out when the next review was due: \`last-review\` plus the review
  cadence. It fires on the \`last-review\` date when **today** is after that due date. A review due
  today is not late yet.

Details:

- **Today** is the local date. On the command line, \`--today YYYY-MM-DD\` sets it (see
  [cli.md](../cli.md)).
- The due date is counted on the calendar, as for [overdue-checkin](overdue-checkin.md):
  \`every N weeks\` adds 7 \xD7 N days, \`every N months\` adds N calendar months, \`every N years\` adds
  12 \xD7 N months, and a day that doesn't exist in the target month becomes the month's last day.
- A network without \`review every ...\` is not checked, even when it records a \`last-review\`.
- A \`last-review\` after today is not late.
- A \`last-review\` that is not a real date is an [invalid-date](structural.md#invalid-date) error
  and is not checked.
- Files without a \`network\` block (loose files) are not checked.

When the review is late, the \`review\` cadence is the related location.

## Why

Check-ins on single ties tell you how two partners are doing; a review looks at the partnership as
a whole. "Tip Sheet: Building Community Partnerships" (tip 10, keep asking questions and checking
in) asks partners to build in regular checkpoints: is the partnership accomplishing anything, would
changes improve it, do partners want to leave or join, is the structure working for everyone, is the
partnership still needed? "How to Build Strong Community Partnerships" makes the same point as
evaluate and adapt: assess what the joint work achieves, gather feedback from every partner, and
adjust. A review is also the moment to celebrate what the partners have achieved together. A cadence
in the file is a promise to do this; the rule says when the promise has lapsed.

## How to fix

- Hold the review with the partners, then update \`last-review\` to its date.
- If the cadence doesn't fit how the partnership works, change it: \`review every 6 months\`.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    purpose joint-action
    review every 12 months
    last-review 2025-09-01
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families who get enough food every week"
    baseline 300 on 2026-01-01
    target 450 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit        plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Clinic   { sector healthcare       plays Outreach }

tie FoodBank -- Tenants
tie Tenants -- Clinic
tie Clinic -- FoodBank
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:5:17 warning The last review of the network Eastside was 2025-09-01; the next was due by 2026-09-01 (every 12 months), 61 days ago. Review with the partners whether the partnership is achieving what it set out to, works for everyone and is still needed, then update last-review. [overdue-review]
    network.partnership:4:12 the network's review cadence: every 12 months
\`\`\`

Message format, when the last review is too old: \`The last review of the network <Network> was
<last-review>; the next was due by <due date> (<cadence as written>), <N> days ago. Review with the
partners whether the partnership is achieving what it set out to, works for everyone and is still
needed, then update last-review.\` (\`1 day ago\` for one day). The related location reads \`the
network's review cadence: ...\`.

When no review is recorded, on the \`review\` line: \`The network <Network> is to be reviewed
<cadence as written>, but no review is on record; review the partnership with the partners and
record the date (last-review YYYY-MM-DD).\`

## Configure

- Severity: \`policy { rule overdue-review error }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the \`network\` block:
  \`\`\`partnership
  // @allow overdue-review -- the review is booked for the January retreat
  network Eastside "Eastside Food Access Coalition" {
      review every 12 months
      last-review 2025-09-01
  }
  \`\`\`
`,"partner-over-capacity.md":`# partner-over-capacity

**Default severity:** warning \xB7 **Threshold:** none (each partner's own \`capacity\`) \xB7 **Applies to:** each \`partner\` with a \`capacity\`

## What it checks

For every partner that declares \`capacity\`, except the network's \`us\` partner (whose load is
checked against \`budget\` by [over-budget](over-budget.md)), the rule computes the partner's
[load](../language.md#time-accounting) in hours per month:

- the \`effort\` of every tie it is one side of (effort counts in full for each side);
- the hours of every meeting it attends, by playing one of the meeting's \`roles\` or being in its
  \`invites\`;
- the \`commitment\` of every role it plays.

The rule fires when the load is greater than \`capacity\`. The finding is placed on the \`capacity\`
value and lists each contributing tie, meeting and commitment as a related location. Partners
without \`capacity\` are not checked.

## Why

Partners have limited hours too. A small nonprofit or an overstretched public agency may care about
the work and still not have the staff time for every call. If the coalition asks more of a partner
than it can give, the partner quietly drops out. Recording what each partner can give, and
comparing it with what the network's ties, meetings and roles ask of it, shows when that is about
to happen. Inviting partners only to what their role needs is the usual remedy.

## How to fix

- Stop inviting the partner to meetings its role doesn't need. Use \`roles\` instead of blanket
  \`invites\`.
- Lower the \`effort\` of its ties, or hand one of its roles (and the role's \`commitment\`) to another
  partner.
- Ask the partner. If it really can give more, update \`capacity\`.

## Example

\`\`\`partnership
network Demo {
    us FoodBank
    purpose joint-action
}

goal HealthyMeals "Every clinic patient can get a healthy meal" {
    cocreated-by FoodBank, Clinic
    measure "clinic patients referred to a healthy meal programme"
    baseline 200 on 2026-01-01
    target 500 by 2027-12-31
}

role Convener {
    serves HealthyMeals
}

partner FoodBank {
    plays Convener
}

partner Clinic {
    plays Convener
    capacity 5 hours/month
}

tie FoodBank -- Clinic {
    effort 4 hours/month
    FoodBank gives data
    Clinic gives expertise
}

meeting Steering {
    every month
    duration 2 hours
    roles Convener
}
\`\`\`

\`\`\`
network.partnership:23:14 warning Clinic is asked for 6 h/month on ties and meetings; its capacity is 5 h/month (1 h/month over). [partner-over-capacity]
    network.partnership:27:12 tie FoodBank -- Clinic: 4 h/month
    network.partnership:32:9 meeting Steering: 2 h/month
\`\`\`

Message format: \`<Partner> is asked for <load> h/month on <kinds>; its capacity is <capacity>
h/month (<excess> h/month over).\` \`<kinds>\` is one or more of "ties", "meetings" and "role
commitments", depending on what contributes. Hours are rounded to one decimal.

## Configure

- Severity: \`policy { rule partner-over-capacity error }\` in the \`network\` block (\`error\`,
  \`warning\`, \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the partner:
  \`\`\`partnership
  // @allow partner-over-capacity -- extra hours funded by the county until June
  partner Clinic {
      plays Convener
      capacity 5 hours/month
  }
  \`\`\`
`,"partner-without-goal.md":`# partner-without-goal

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** each \`partner\` that plays a role

## What it checks

For each partner that plays at least one role, the rule looks at the \`serves\` of those roles. It
fires when **none** of the partner's roles serves a goal.

- A partner that plays no role at all is not reported here. That is
  [partner-without-role](partner-without-role.md)'s finding, and reporting it twice would only
  repeat it.
- \`cocreated-by\` does not count: a partner that co-created a goal still needs a role that serves
  it.
- It is enough for one of the partner's roles to serve a goal.

The finding is placed on the partner's name, and each of its roles is a related location.

A partner at \`stage prospect\` or \`stage exploring\` is not reported: it is still being got to know,
and no role is asked of it yet (see [rushed-commitment](rushed-commitment.md)). Nor is a partner at
\`stage ended\`: it is history kept in the file.

## Why

Every partnership should serve a specific purpose in the network. A relationship that exists for
its own sake still takes precious time and resources to maintain, from you and from the partner.
Roles say what a partner contributes; goals say what the contributions are for. A partner whose
roles serve no goal is contributing to nothing the coalition has said it wants. Either the purpose
is real and unwritten, or the relationship is one to reconsider.

## How to fix

- Add \`serves GoalName\` to the partner's role, if the role does advance a goal.
- Or give the partner a role that serves a goal.
- If the network has a goal nobody wrote down yet, declare it (and say who co-created it).
- If the partnership has no purpose in this network, consider letting it go.

## Example

\`\`\`partnership
network Demo {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families who went a week without enough food this year"
    baseline 140 on 2026-01-01
    target 0 by 2028-12-31
}

role Distribution {
    serves NoFamilyHungry
    lane "food distribution"
}

role Outreach {
    serves NoFamilyHungry
    lane "outreach to families"
}

role Publicity "Puts the coalition on air" {
    lane "radio announcements"
}

partner FoodBank {
    plays Distribution
}

partner Tenants {
    plays Outreach
}

partner Radio {
    plays Publicity
}

tie FoodBank -- Tenants {
    FoodBank gives space
    Tenants gives lived-experience, volunteers
}

tie FoodBank -- Radio {
    FoodBank gives information
    Radio gives visibility
}

tie Tenants -- Radio {
    Tenants gives connections
    Radio gives visibility
}
\`\`\`

\`\`\`
network.partnership:35:9 warning Radio plays Publicity, a role that serves no goal; say which goal the role works toward (serves ...) so the partnership has a purpose. [partner-without-goal]
    network.partnership:23:6 role Publicity serves no goal
\`\`\`

Message formats:

- \`<Partner> plays <Role>, a role that serves no goal; say which goal the role works toward
  (serves ...) so the partnership has a purpose.\`
- \`<Partner> plays <Role1>, <Role2>, none of which serves a goal; say which goal each role works
  toward (serves ...) so the partnership has a purpose.\`

Fixed:

\`\`\`partnership
role Publicity "Puts the coalition on air" {
    serves NoFamilyHungry
    lane "radio announcements"
}
\`\`\`

## Configure

- Severity: \`policy { rule partner-without-goal info }\` in the \`network\` block (\`error\`,
  \`warning\`, \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the partner:
  \`\`\`partnership
  // @allow partner-without-goal -- the station carries our announcements as a favour
  partner Radio {
      plays Publicity
  }
  \`\`\`
`,"partner-without-role.md":`# partner-without-role

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** each \`partner\`

## What it checks

The rule fires for every partner whose \`plays\` lists no role. References that don't resolve don't
count as roles: \`plays Fundr\` with a typo is an
[unresolved-reference](structural.md#unresolved-reference) error, and the partner is also reported
here. The finding is placed on the partner's name.

A partner at \`stage prospect\` or \`stage exploring\` is not reported: it is still being got to know,
and no role is asked of it yet (see [rushed-commitment](rushed-commitment.md)). Nor is a partner at
\`stage ended\`: it is history kept in the file.

## Why

When a partner is in the coalition "to be kept in the loop", it tends to get invited to everything.
That costs the partner hours it doesn't have, and it gives them no clear reason to stay engaged. A
partner that is asked for one specific contribution (data, facilitation, funding, a voice at City
Hall) can say yes to what that contribution needs and no to the rest. Open-ended requests to
collaborate rarely turn into lasting engagement. Writing the role down also keeps meeting
invitations honest, because a [meeting](../language.md#meeting) invites partners by role.

## How to fix

- Declare the role the partner plays (or reuse one) and add \`plays RoleName\` to the partner.
- If there's no role you can name for the partner, ask whether the network needs the relationship
  at all.

## Example

\`\`\`partnership
network Demo {
    us FoodBank
    purpose joint-action
}

goal FreshProduce "20% more households near fresh produce" {
    cocreated-by FoodBank, CityHall
    measure "households within a mile of fresh produce"
    baseline 1200 on 2026-01-01
    target 1440 by 2027-12-31
}

partner FoodBank {
    plays Convener
}

role Convener {
    serves FreshProduce
}

partner CityHall "City Hall"

tie FoodBank -- CityHall {
    FoodBank gives data
    CityHall gives space
}
\`\`\`

\`\`\`
network.partnership:21:9 warning CityHall plays no role; give it a specific role (plays ...) so it is only asked for what that role needs. [partner-without-role]
\`\`\`

Message format: \`<Partner> plays no role; give it a specific role (plays ...) so it is only asked
for what that role needs.\`

Fixed:

\`\`\`partnership
role Host "Lends meeting space" {
    provides space
    serves FreshProduce
}

partner CityHall "City Hall" {
    plays Host
}
\`\`\`

## Configure

- Change the severity or turn the rule off for the whole network, in the \`network\` block:
  \`policy { rule partner-without-role info }\` (\`error\`, \`warning\`, \`info\` or \`off\`).
- Silence it for one partner with a comment directly above the partner:
  \`\`\`partnership
  // @allow partner-without-role -- role to be agreed at the March meeting
  partner CityHall "City Hall"
  \`\`\`
`,"redundant-contacts.md":`# redundant-contacts

**Default severity:** info \xB7 **Threshold:** \`min-efficiency\` (default 0.5) \xB7 **Applies to:** each \`partner\` with 3 or more ties

## What it checks

For each partner with **3 or more ties**, the rule computes Burt's **efficiency**: the partner's
effective size divided by its number of ties. The effective size counts the partner's contacts,
discounting each one for how much it is tied to the partner's other contacts:

\`\`\`
effective size = n \u2212 2t / n        n = the partner's ties, t = ties among its contacts
efficiency     = effective size / n
\`\`\`

A partner whose contacts don't know one another has efficiency 1: every tie reaches someone new.
A partner whose contacts are all tied to each other has effective size 1, whatever its number of
ties. (Details and the NetworkX functions these match: [metrics](../metrics.md#effective-size-and-efficiency).)

The rule fires when the efficiency is **below** the network's \`min-efficiency\` threshold (default
0.5, see [Policy](../language.md#policy)). An efficiency equal to the threshold is not reported.

- Partners with 0, 1 or 2 ties are never reported: with so few ties, efficiency says little.
- The measure uses the ties only (every tie counts 1). A tie's \`effort\`, \`strength\` and \`trust\` play
  no part. (\`partnership metrics --format json\` also gives a weighted effective size, which the rule
  does not use.)
- Only ties that make it into the analysis count (no self-ties, duplicates or ties with an unknown
  partner).
- With the default 0.5, the rule fires when t is more than n\xB2 / 4: all 3 possible links among the
  contacts of a partner with 3 ties, 5 or 6 of 6 for 4 ties, 7 or more of 10 for 5 ties, 10 or more
  of 15 for 6 ties.
- The rule needs no \`network\` block: loose files are checked with the default threshold.

The finding is placed on the partner's name. The ties that run between the partner's own contacts
are listed as related locations (at most 20 of them; the message gives the full count). Numbers in
the message have at most two decimals.

## Why

A partner's ties are worth most when they reach people who are not already talking to each other.
When all of a partner's contacts already know one another, each extra tie mostly brings back what
the others bring: the same news, the same introductions, the same meetings. The time spent keeping
those ties up could instead open a door to a group the partner can't reach yet. Building gaps
between groups (structural holes) and bridging them with a few well-chosen ties gives a wider reach
for the same hours. The default severity is \`info\` because a tight cluster can be deliberate, for
example a working group that has to act together.

## How to fix

- Keep one or two of the ties into the cluster, the ones with the most trust or the clearest role,
  and reach the rest of the cluster through them.
- Spend the hours freed on a tie to someone the partner's contacts don't know.
- If the partner really needs each of these ties (for example, each funds a different programme),
  lower \`min-efficiency\` or \`@allow\` the finding with that reason.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    backbone FoodBank
    budget 20 hours/month
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants, CountyHealth
    measure "families who went a week without enough food this year"
    baseline 140 on 2026-01-01
    target 0 by 2028-12-31
}

role Distribution { serves NoFamilyHungry  lane "food distribution" }
role Outreach     { serves NoFamilyHungry  lane "outreach to families" }
role Evidence     { serves NoFamilyHungry  lane "data and evaluation" }

partner FoodBank     { sector nonprofit        plays Distribution }
partner CountyHealth { sector government       plays Evidence }
partner Clinic       { sector healthcare       plays Evidence }
partner Hospital     { sector healthcare       plays Evidence }
partner Schools      { sector education        plays Outreach }
partner Tenants      { sector community-group  plays Outreach }
partner Radio        { sector media            plays Outreach }
partner FarmsCoop    { sector business         plays Distribution }

// The food bank's three health contacts all sit on the county's health collaborative.
tie FoodBank -- CountyHealth
tie FoodBank -- Clinic
tie FoodBank -- Hospital
tie CountyHealth -- Clinic
tie CountyHealth -- Hospital
tie Clinic -- Hospital

tie CountyHealth -- Schools
tie Clinic -- Tenants
tie Hospital -- FarmsCoop
tie Schools -- Tenants
tie Tenants -- Radio
tie Radio -- FarmsCoop
\`\`\`

The food bank has 3 ties, and its 3 contacts have all 3 possible ties among them: effective size
3 \u2212 2 \xD7 3 / 3 = 1, efficiency 1 / 3. The three health partners have 4 ties each, with 3 links among
their contacts (efficiency 0.63), so they are not reported.

\`\`\`
network.partnership:19:9 info FoodBank's 3 ties reach an effective 1 separate contacts (efficiency 0.33; the network's minimum is 0.5): 3 of its contacts' ties run between its own contacts. [redundant-contacts]
    network.partnership:32:1 tie CountyHealth -- Clinic links two of FoodBank's contacts
    network.partnership:33:1 tie CountyHealth -- Hospital links two of FoodBank's contacts
    network.partnership:34:1 tie Clinic -- Hospital links two of FoodBank's contacts
\`\`\`

Message format: \`<Partner>'s <n> ties reach an effective <effective size> separate contacts
(efficiency <efficiency>; the network's minimum is <min-efficiency>): <t> of its contacts' ties run
between its own contacts.\`

Fixed: the food bank keeps its tie to the county, which carries the collaborative's news, and
spends the time of the other two on the radio station and the farms cooperative. Its efficiency is
now 0.78:

\`\`\`partnership
tie FoodBank -- CountyHealth
tie FoodBank -- Radio
tie FoodBank -- FarmsCoop
tie CountyHealth -- Clinic
tie CountyHealth -- Hospital
tie Clinic -- Hospital
\`\`\`

## Configure

- Threshold: \`policy { min-efficiency 0.4 }\` (or \`40%\`) in the \`network\` block. Allowed values are 0
  to 1, default 0.5. \`min-efficiency 0\` turns the check off in practice.
- Severity: \`policy { rule redundant-contacts warning }\` in the \`network\` block (\`error\`,
  \`warning\`, \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the partner:
  \`\`\`partnership
  // @allow redundant-contacts -- each health partner runs a different screening programme with us
  partner FoodBank { sector nonprofit  plays Distribution }
  \`\`\`
`,"role-without-lane.md":`# role-without-lane

**Default severity:** info \xB7 **Threshold:** none (fixed at 3 or more roles) \xB7 **Applies to:** each \`role\`, in a network of 3 or more roles

## What it checks

The rule counts the network's roles, across all its files. When there are **3 or more**, it reports
each role that states no \`lane\`, one finding per role.

- A lane that is empty or only spaces (\`lane ""\`) marks no lane either; that finding is placed on
  the \`lane\` line and says the lane is empty.
- Every declared role counts and is checked, whether or not a partner plays it (a role nobody plays
  is [unused-role](unused-role.md)'s business).
- With one or two roles the rule is silent: who does what is plain without writing it down.
- The limit of 3 is fixed; it is not a policy threshold. To accept roles without lanes, turn the
  rule off or use \`@allow\` on the role.
- Two roles that claim the same lane are reported by [lane-overlap](lane-overlap.md).

The finding is placed on the role's name.

## Why

"Tip Sheet: Building Community Partnerships" puts it bluntly (tip 7, mark the lanes, then stay in
yours): nothing kills a partnership faster than unclear roles and responsibilities. When partners
don't know where one role ends and the next begins, some work is done twice, some not at all, and
partners start to feel that others are stepping on their toes or not pulling their weight. A lane
is a short statement of what a role is responsible for, agreed at the start, so that each partner
knows its territory and can stay in it. With only a couple of roles this is usually obvious; once
there are three or more, it is worth writing down.

## How to fix

In the editor, the quick fix **Add a lane to \u2026** adds \`lane "what this role is responsible for"\` for you to rewrite with the partners.

- Agree with the partners what the role is responsible for, and write it as the role's lane:
  \`lane "grant-making and funder reporting"\`.
- Keep each lane distinct from the others (see [lane-overlap](lane-overlap.md)). If two roles turn
  out to share one lane, merge them.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families who get enough food every week"
    baseline 300 on 2026-01-01
    target 450 by 2027-12-31
}

role Distribution {
    serves NoFamilyHungry
    lane "Weekly food distribution at the pantry"
}

role Outreach {
    serves NoFamilyHungry
    lane "Door-to-door outreach to families"
}

role Referrals {
    serves NoFamilyHungry
}

partner FoodBank { sector nonprofit        plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Clinic   { sector healthcare       plays Referrals }

tie FoodBank -- Tenants
tie Tenants -- Clinic
tie Clinic -- FoodBank
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:23:6 info The role Referrals has no lane; with 3 roles in the network, write down what this role is responsible for (lane "..."), so that partners know who does what and don't step on each other's toes. [role-without-lane]
\`\`\`

Message format: \`The role <Role> has no lane; with <N> roles in the network, write down what this
role is responsible for (lane "..."), so that partners know who does what and don't step on each
other's toes.\` For a blank lane, \`has no lane\` reads \`has an empty lane\`.

## Configure

- Severity: \`policy { rule role-without-lane warning }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the \`role\`:
  \`\`\`partnership
  // @allow role-without-lane -- the clinic and the partners agree the referral lane in January
  role Referrals {
      serves NoFamilyHungry
  }
  \`\`\`
`,"rushed-commitment.md":`# rushed-commitment

**Default severity:** warning \xB7 **Threshold:** \`max-prospect-effort\` (default 2 hours/month) \xB7 **Applies to:** each \`partner\` at \`stage prospect\` or \`stage exploring\`

## What it checks

A partner at \`stage prospect\` or \`stage exploring\` is still being got to know. The rule fires when
such a partner is already asked for a standing commitment, that is, any of:

- **a role commitment**: it plays a role that states a \`commitment\` of more than 0 hours;
- **a meeting invitation**: a meeting \`invites\` it by name, or lists in its \`roles\` a role the
  partner plays. An invitation counts whether or not the meeting states its hours;
- **a heavy tie**: one of its ties has an \`effort\` **above** \`max-prospect-effort\` (default 2
  hours/month). Each tie is judged on its own; an effort equal to the limit is not reported.
  Weekly efforts are converted to hours/month first (\`1 hour/week\` is 4.3 hours/month).

One finding per partner names every such thing, each one also a related location: the role's
\`commitment\`, the meeting's invitation of the partner (or its \`roles\` line when the partner comes
through a role) and the tie's \`effort\`. The finding is placed on the partner's \`stage\`.

- Partners at any other stage (\`active\`, \`dormant\`, \`ended\`, or no stage) are not checked.
- Roles without a \`commitment\`, and ties without an \`effort\` or within the limit, ask for nothing
  that this rule counts.

## Why

"Tip Sheet: Building Community Partnerships" opens with *go slow to go fast*: building a trusting
partnership is a game of endurance, not of speed, and the time spent at the start getting to know
each other, and working out what each side needs, saves time later. A partner that has just been
approached, or that is still exploring whether the coalition suits it, hasn't agreed to a role
yet. Giving it standing hours on a role, a seat at the regular meetings or a tie that eats hours
every month asks for a commitment it hasn't made. It may say yes out of politeness, and then drift
away. Get acquainted first; ask for commitments once both sides have decided to work together.

## How to fix

- Take the partner out of the role or the meeting for now, and keep the tie light (a call now and
  then) while you get to know each other.
- If you already work together, say so: set \`stage active\` (with the date: \`stage active since
  2026-10-01\`).
- If your coalition lets new partners in faster, raise \`max-prospect-effort\`.

## Example

\`\`\`partnership
network Eastside {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families reached each week"
    baseline 120 on 2026-01-01
    target 200 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach {
    serves NoFamilyHungry
    commitment 2 hours/month
}

partner FoodBank { sector nonprofit  plays Distribution }
partner Tenants  { sector resident   plays Outreach }
partner Clinic {
    sector healthcare
    plays Outreach
    stage exploring since 2026-09-01
}

tie FoodBank -- Tenants {
    FoodBank gives space
    Tenants gives lived-experience
}
tie FoodBank -- Clinic {
    effort 4 hours/month
    FoodBank gives data
    Clinic gives expertise
}
tie Tenants -- Clinic
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:24:11 warning Clinic is still exploring (since 2026-09-01) but already has the commitment of the role Outreach (2 h/month) and 4 h/month of effort on its tie with FoodBank. A tie with a partner still being got to know should take at most 2 h/month. Go slow to go fast: get to know each other first and ask for standing commitments once it is active, or set its stage to active if you already work together. [rushed-commitment]
    network.partnership:16:16 role Outreach: commitment 2 h/month
    network.partnership:32:12 tie FoodBank -- Clinic: effort 4 h/month
\`\`\`

Message format: \`<Partner> is still exploring (since <date>) but already has <things>.\` (\`is still
a prospect\` for \`stage prospect\`; the date only when \`since\` is given), then, when a tie is among
the things, \`A tie with a partner still being got to know should take at most <max-prospect-effort>
h/month.\`, then the advice. \`<things>\` lists, joined with commas and "and": \`the commitment of the
role <Role> (<hours> h/month)\`, \`an invitation to the meeting <Meeting>\` (with \`(through the role
<Role>)\` when the partner comes through a role) and \`<hours> h/month of effort on its tie with
<Partner>\`. Hours are rounded to one decimal.

## Configure

- Threshold: \`policy { max-prospect-effort 4 }\` in the \`network\` block: the most effort, in hours
  per month, a tie with a prospect or exploring partner may take (0 to 1000, default 2).
  \`max-prospect-effort 0\` reports any tie with effort.
- Severity: \`policy { rule rushed-commitment error }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the partner:
  \`\`\`partnership
  // @allow rushed-commitment -- the clinic asked to join the steering group from the start
  partner Clinic {
      stage exploring since 2026-09-01
  }
  \`\`\`
`,"similar-names.md":`# similar-names

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** the names of every \`partner\`, \`role\`, \`goal\`, \`meeting\` and the \`network\`

## What it checks

Names can be written in any script (see [Names](../language.md#names-and-display-strings)), and a
name is told from another by its characters, not by how it looks. Two names that a reader can't
tell apart are still two names: a tie to one of them is not a tie to the other. The rule compares
the declared names of the network, across all its files, and fires when two of them

- **differ only in capital letters**: \`LincolnHigh\` and \`Lincolnhigh\`, \`Eastside\` and \`EASTSIDE\`
  (\`Stra\xDFe\` and \`STRASSE\` count too);
- **differ only in characters that look alike**: Latin \`a\` and Cyrillic \`\u0430\`, Latin \`o\` and Greek
  \`\u03BF\`, the digit \`0\` and the letter \`O\`, the letters \`l\` and \`I\` and the digit \`1\`, \`rn\` and \`m\`.
  The look-alikes are Unicode's ([UTS #39](https://www.unicode.org/reports/tr39/), the
  confusables data): two names are reported when their "skeletons" are equal;
- or differ in both ways at once (\`Lincoln\` and \`L\u0406NCOLN\` with a Cyrillic \`\u0406\`).

The two partners below look the same, but the second \`L\u0456ncoln\` was pasted from a list typed on a
Cyrillic keyboard layout: its \`\u0456\` is Cyrillic. The message names the character, since it can't be
seen:

\`\`\`partnership
partner Lincoln "Lincoln High School"

partner L\u0456ncoln "Lincoln High School" {
    sector education
}
\`\`\`

\`\`\`
network.partnership:3:9 warning The partner L\u0456ncoln and the partner Lincoln differ only in characters that look alike: L\u0456ncoln has Cyrillic \u0456 (U+0456) where Lincoln has Latin i (U+0069). If they are one partner, use one name; if they are two, give them names that tell them apart. [similar-names]
    network.partnership:1:9 partner Lincoln is declared here
\`\`\`

Partners, roles, goals, meetings and the network share one set of names, so a partner and a role
are compared too (\`role Outreach\` and \`meeting outreach\`). Accents are letters of their own: \`Jos\xE9\`
and \`Jose\`, \`\xC9glise\` and \`Eglise\` are different names that a reader tells apart, and they are not
reported.

One name written in two ways that Unicode holds to be the same text, such as \`\xE9\` typed as one
character or as \`e\` followed by a combining accent, is not two similar names: it is one name
(names are compared in normal form NFC). A reference in one spelling finds the declaration in the
other, and declaring it twice is a [duplicate-name](structural.md#duplicate-name) error.

The finding is placed on the name declared later. "Later" follows the order in which the network's
files are read: files that declare the network come first, then the other files by path, then
source order within a file. The earlier declaration is the related
location. For look-alike characters the message says which characters differ, with their script
and code point, since they can't be seen.

## Why

A coalition's files are written by many hands, often from spreadsheets and lists pasted in from
elsewhere. The same school typed as \`LincolnHigh\` in one file and \`Lincolnhigh\` in another becomes
two partners: the ties, roles and meetings of the one are missing from the other, and the rules
judge both wrongly (one looks isolated, the other overloaded). Characters from another script
that look the same as Latin ones come in the same way, by copying a name from a document or a
keyboard layout, and are invisible on the page. Either way the network no longer says what its
authors think it says.

## How to fix

- If the two are one partner (role, goal, meeting), keep one name: rename the other (the editor's
  Rename Symbol renames every reference too), move its properties and ties to the one you keep,
  and remove the second declaration.
- If they really are two, give them names that tell them apart: \`LincolnHigh\` and
  \`LincolnHighParents\`.
- For look-alike characters, retype the name on your own keyboard.

## Example

\`\`\`partnership
goal Graduation "Every Eastside student graduates on time" {
    cocreated-by YouthCenter, LincolnHigh, ParentsCircle
    measure "students graduating in four years"
    baseline 310 on 2025-06-30
    target 360 by 2028-06-30
}

role Mentoring "After-school mentoring" {
    serves Graduation
    lane "weekly mentoring of ninth graders"
}

role Families "Reaching families" {
    serves Graduation
    lane "home visits and parent evenings"
}

partner YouthCenter "Eastside Youth Center" {
    sector nonprofit
    plays Mentoring
}

partner LincolnHigh "Lincoln High School" {
    sector education
    plays Mentoring
}

partner ParentsCircle "Lincoln parents' circle" {
    sector community-group
    plays Families
}

partner Lincolnhigh "Lincoln High School" {
    sector education
    plays Families
}

tie YouthCenter -- LincolnHigh {
    YouthCenter gives volunteers
    LincolnHigh gives space
}

tie LincolnHigh -- ParentsCircle {
    LincolnHigh gives space
    ParentsCircle gives lived-experience
}

tie ParentsCircle -- Lincolnhigh {
    ParentsCircle gives volunteers
    Lincolnhigh gives data
}

tie Lincolnhigh -- YouthCenter {
    Lincolnhigh gives data
    YouthCenter gives funding
}
\`\`\`

\`\`\`
network.partnership:33:9 warning The partner Lincolnhigh and the partner LincolnHigh differ only in capital letters. If they are one partner, use one name; if they are two, give them names that tell them apart. [similar-names]
    network.partnership:23:9 partner LincolnHigh is declared here
\`\`\`

The school is written \`LincolnHigh\` in one declaration and \`Lincolnhigh\` in another, so the
network counts two schools, each with half of the school's roles and ties.

Message format: \`The <kind> <Name> and the <kind> <FirstName> differ only in capital letters.\`, or
\`... differ only in characters that look alike: <Name> has <character> where <FirstName> has
<character>.\` (up to three places, each character with its script and code point, as in \`Cyrillic
\u0430 (U+0430) where Outreach has Latin a (U+0061)\`), or \`... differ only in capital letters and in
characters that look alike: ...\`; then, for two declarations of one kind, \`If they are one <kind>,
use one name; if they are two, give them names that tell them apart.\`, and for two kinds, \`Give
them names that tell them apart.\` Related location: \`<kind> <FirstName> is declared here\`.

## Configure

- Severity: \`policy { rule similar-names off }\` in the \`network\` block (\`error\`, \`warning\`, \`info\`
  or \`off\`).
- \`@allow\`: put the comment directly above the later declaration (the one the finding is on):
  \`\`\`partnership
  // @allow similar-names -- the school and its foundation are two partners; they chose the names
  partner Lincolnhigh "Lincoln High School Foundation" {
      sector philanthropy
  }
  \`\`\`
`,"single-point-of-failure.md":`# single-point-of-failure

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** each \`partner\` that is a cut vertex

## What it checks

The rule fires for every partner whose departure would **split the network**: some partners reach
the rest only through it. In graph terms the partner is a *cut vertex* (an articulation point, as in
NetworkX's \`nx.articulation_points\`; see [metrics](../metrics.md#cut-vertices-and-bridges)).

- Networks of **fewer than three partners** are not checked.
- Only ties that make it into the analysis count (no self-ties, duplicates or ties with an unknown
  partner). Partners with no tie at all are [isolated-partner](isolated-partner.md)'s concern, not
  this rule's: they are not connected to begin with.
- If the network is already in several separate pieces, each piece is checked on its own.
- The rule needs no \`network\` block: loose files are checked too.

When the partner leaves, its piece of the network falls into two or more parts. The largest part is
"the rest"; the partners of all the other parts are the ones that would be cut off. (When two parts
are equally large, the one reached through the partner's earliest tie counts as the rest.) The
message names them sorted by name, at most five by name and then "and N more", and gives
their number when there are more than one.

The finding is placed on the partner's name. The partner's ties into the parts that would be cut off
are related locations.

## Why

Linking groups through a few broker partners is a good way to reach far with little time, but it
comes with a risk the practice doesn't dwell on: if the only partner that links a group leaves,
those partners lose their connection to everyone else. Partnerships change all the time. A
director moves on, an organisation runs out of funding, a partner steps back or goes dormant. A
group reached through one partner only is one change away from dropping out of the network, usually
without anyone noticing until it is needed. A second tie into the group, even a light one, keeps it
in.

## How to fix

- Tie at least one partner of each group that would be cut off to another partner outside it, so
  there is a second way in. It doesn't have to be a heavy tie: a light, regular contact is enough.
- Prefer a tie that also makes sense for the work (someone with a shared goal or role), not one kept
  only for the diagram.
- If the split is intended (a partner that really is your only contact with a group, and you
  accept the risk), use \`@allow\` with the reason.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    backbone FoodBank
    budget 20 hours/month
    purpose joint-action
}

goal FreshProduce "Fresh produce in every corner store" {
    cocreated-by FoodBank, FarmsCoop, Tenants
    measure "corner stores that sell fresh produce"
    baseline 4 on 2026-01-01
    target 20 by 2027-12-31
}

role Distribution { serves FreshProduce  lane "food distribution" }
role Sourcing     { serves FreshProduce  lane "sourcing from local farms" }
role Outreach     { serves FreshProduce  lane "outreach to families" }

partner FoodBank     { sector nonprofit        plays Distribution }
partner Tenants      { sector community-group  plays Outreach }
partner CountyHealth { sector government       plays Outreach }
partner Clinic       { sector healthcare       plays Outreach }
partner StMarks      { sector faith            plays Distribution }
partner FarmsCoop    { sector business         plays Sourcing }

tie FoodBank -- Tenants
tie Tenants -- CountyHealth
tie CountyHealth -- Clinic
tie Clinic -- FoodBank

// St. Mark's pantry brought the farms cooperative in; nobody else knows it.
tie FoodBank -- StMarks
tie StMarks -- FarmsCoop
\`\`\`

The food bank, the Tenants Union, the county and the clinic form a ring: any one of them can leave
and the others still reach each other. St. Mark's hangs off the food bank, and the farms
cooperative off St. Mark's.

\`\`\`
network.partnership:19:9 warning If FoodBank left, FarmsCoop, StMarks (2 partners) would have no tie path to the rest of the network. Tie them to another partner too. [single-point-of-failure]
    network.partnership:32:1 tie FoodBank -- StMarks leads into the part that would be cut off
network.partnership:23:9 warning If StMarks left, FarmsCoop would have no tie path to the rest of the network. Tie it to another partner too. [single-point-of-failure]
    network.partnership:33:1 tie StMarks -- FarmsCoop leads into the part that would be cut off
\`\`\`

Message formats:

- \`If <Partner> left, <names> (<n> partners) would have no tie path to the rest of the network. Tie
  them to another partner too.\`
- \`If <Partner> left, <name> would have no tie path to the rest of the network. Tie it to another
  partner too.\` when one partner would be cut off.
- With more than five, \`<names>\` reads \`A, B, C, D, E and 2 more\`.

Fixed: one tie between the farms cooperative and the Tenants Union gives both St. Mark's and the
cooperative a second way in, and neither partner is a cut vertex any more:

\`\`\`partnership
tie Tenants -- FarmsCoop
\`\`\`

## Configure

- Severity: \`policy { rule single-point-of-failure info }\` in the \`network\` block (\`error\`,
  \`warning\`, \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the partner that holds the network together:
  \`\`\`partnership
  // @allow single-point-of-failure -- St. Mark's is the farms' own choice of contact
  partner StMarks { sector faith  plays Distribution }
  \`\`\`
- The same partners are marked \u2702 in \`partnership metrics\` and listed under "cut vertices" (see
  [cli.md](../cli.md#partnership-metrics)). They also count as brokers for
  [untrusted-broker](untrusted-broker.md).
`,"stale-prospect.md":`# stale-prospect

**Default severity:** info \xB7 **Threshold:** \`max-prospect-months\` (default 6) \xB7 **Applies to:** each \`partner\` at \`stage prospect\` or \`stage exploring\` with a \`since\` date

## What it checks

For each partner at \`stage prospect\` or \`stage exploring\` that records when it entered that stage
(\`stage exploring since 2026-02-01\`), the rule adds \`max-prospect-months\` (default 6) calendar
months to the \`since\` date. It fires when **today** is after that date: the partner has been a
prospect, or exploring, for more than that long.

- **Today** is the local date; on the command line, \`--today YYYY-MM-DD\` sets it (see
  [cli.md](../cli.md)).
- Months are counted on the calendar, as [overdue-checkin](overdue-checkin.md) counts them: 2026-02-01
  plus 6 months is 2026-08-01, and a day that doesn't exist in the target month becomes the month's
  last day (2025-08-31 plus 6 months is 2026-02-28). On that day itself the rule is still silent;
  it fires from the next day.
- A partner **without \`since\`** is not reported: there is no date to judge by. Record the date to
  have the stage checked.
- A \`since\` in the future, and partners at any other stage, are not reported.

The finding is placed on the partner's \`stage\`.

## Why

"Tip Sheet: Building Community Partnerships" asks coalitions to make a long list of potential
partners and to *prioritise* getting to know them: read about them, have lots of conversations.
Getting acquainted is meant to lead somewhere. "How to Build Strong Community Partnerships" adds that
a partnership is worth reviewing regularly, to see whether it still works for both sides. A partner
that has been "exploring" for many months is usually neither: nobody has decided to work with it,
and nobody has decided not to. The longer that lasts, the more the first conversations are
forgotten. Deciding, either way, keeps the list of prospects honest and the partner's time
respected.

## How to fix

- Talk to the partner and decide together. If you will work together, give it a role and set
  \`stage active since <date>\`.
- If it isn't the right time, say so: \`stage dormant since <date>\` or \`stage ended since <date>\`.
- If you are still getting to know each other after a real conversation, update \`since\` to the date
  of that conversation.
- If your coalition takes longer to bring partners in, raise \`max-prospect-months\`.

## Example

\`\`\`partnership
network Eastside {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families reached each week"
    baseline 120 on 2026-01-01
    target 200 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit  plays Distribution }
partner Tenants  { sector resident   plays Outreach }
partner Library {
    sector education
    stage prospect since 2026-03-01
}

tie FoodBank -- Tenants
tie FoodBank -- Library {
    FoodBank gives information
    Library gives space
}
tie Tenants -- Library {
    Library gives space
    Tenants gives lived-experience
}
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:20:11 info Library has been a prospect since 2026-03-01, more than 6 months: that time ran out on 2026-09-01. Decide together whether to work with it (stage active, with a role) or to let it go (stage ended), and update since. [stale-prospect]
\`\`\`

Message format: \`<Partner> has been a prospect since <since>, more than <N> months: that time ran
out on <since + N months>.\` (\`has been exploring\` for \`stage exploring\`; \`1 month\` for one), then the
advice.

## Configure

- Threshold: \`policy { max-prospect-months 9 }\` in the \`network\` block: how many calendar months a
  partner may stay a prospect or exploring (0 to 1200, default 6). A fraction adds its whole months
  first and the rest as days (\`1.5\` is one month and 15 days).
- Severity: \`policy { rule stale-prospect warning }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the partner:
  \`\`\`partnership
  // @allow stale-prospect -- the library is between directors; we meet the new one in January
  partner Library {
      stage prospect since 2026-03-01
  }
  \`\`\`
`,"stale-trust.md":`# stale-trust

**Default severity:** info \xB7 **Threshold:** \`max-trust-age\` (default 12) \xB7 **Applies to:** each \`tie\` whose trust has a date: \`trust ... as-of DATE\`, or \`rating by ... on DATE\` lines

## What it checks

For each tie whose trust is dated, the rule adds \`max-trust-age\` (default 12) calendar months to
that date and fires when **today** is after it: nobody has asked how the tie stands for more than
a year.

- The date is the trust's \`as-of\` (\`trust reliability 4 mission 5 openness 4 as-of 2026-06-01\`), or,
  when the tie has \`rating\` lines, the date of its latest rating: ratings take the place of the
  stated trust (see [language.md](../language.md#trust)).
- **Today** is the local date; on the command line, \`--today YYYY-MM-DD\` sets it (see
  [cli.md](../cli.md)).
- Months are counted on the calendar, as [stale-prospect](stale-prospect.md) counts them: on the day
  the time runs out the rule is still silent; it fires from the next day.
- A trust **without a date** (no \`as-of\`, no rating) is not reported: there is no date to judge by.

The finding is placed on the \`trust\` line, or on the latest rating.

## Why

"How to Build Strong Community Partnerships" says trust takes time to build and must be looked
after; "Tip Sheet: Building Community Partnerships" asks for feedback mechanisms, such as surveys, so
the partners can say how the partnership works for them. A trust score is a reading taken on one day:
people change jobs, promises are kept or broken, and a score from two years ago says little about
the tie today. Asking again keeps the network's trust figures \u2014 and every rule that reads them, such as
[low-trust-tie](low-trust-tie.md) and [untrusted-broker](untrusted-broker.md) \u2014 honest.

## How to fix

- Ask both sides again: \`partnership survey\` writes a form per partner, and \`partnership import
  --survey\` adds their answers as dated \`rating\` lines.
- Or, after a conversation, update the trust and its date: \`trust 4 as-of 2026-11-01\`.
- If your coalition surveys its partners less often, raise \`max-trust-age\`.

## Example

\`\`\`partnership
network Eastside {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families reached each week"
    baseline 120 on 2026-01-01
    target 200 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit  plays Distribution }
partner Tenants  { sector resident   plays Outreach }
partner Clinic   { sector healthcare plays Outreach }

tie FoodBank -- Tenants {
    trust 4 as-of 2025-09-01
    FoodBank gives funding
    Tenants gives lived-experience
}
tie FoodBank -- Clinic {
    rating by Clinic reliability 4 mission 4 openness 3 on 2025-03-10
    rating by FoodBank reliability 4 mission 5 openness 4 on 2025-03-12
    FoodBank gives data
    Clinic gives expertise
}
tie Tenants -- Clinic {
    trust 4 as-of 2026-06-01
    Clinic gives expertise
    Tenants gives lived-experience
}
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:21:5 info Trust in the tie FoodBank -- Tenants was assessed on 2025-09-01, more than 12 months ago (the network's max-trust-age): ask both sides again and update it, or record their ratings (rating by ... on ...). [stale-trust]
network.partnership:27:5 info The latest rating of the tie FoodBank -- Clinic is of 2025-03-12, more than 12 months ago (the network's max-trust-age): ask both sides again (partnership survey) and add their ratings. [stale-trust]
\`\`\`

The tie Tenants -- Clinic was assessed in June 2026 and is not reported.

## Configure

- Threshold: \`policy { max-trust-age 24 }\` in the \`network\` block: how many calendar months a
  trust assessment stays current (0 to 1200, default 12).
- Severity: \`policy { rule stale-trust warning }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the tie:
  \`\`\`partnership
  // @allow stale-trust -- we survey everyone in January
  tie FoodBank -- Clinic {
  \`\`\`
`,"structural.md":`# Structural checks

Structural checks report mistakes in how a network is written, as opposed to the
[rules](README.md), which judge the partnership practice. They are always **errors**. They can't
be turned off or downgraded with \`policy { rule ... }\`, and they can't be silenced with \`@allow\`.
Naming a structural code in either place is itself an [unknown-rule](#unknown-rule) error. Any error
makes \`partnership validate\` exit with code 1.

The examples below show only the structural diagnostic. The same files may also trigger rule
warnings, for example a partner with no role.

<a id="syntax-error"></a>
## syntax-error

The text doesn't follow the [grammar](../language.md). Each mistake gives one error, in plain
words, at the place of the mistake, saying what to write instead; the rest of the file is read and
checked as usual (what the mistake made unreadable is left out, so it causes no second error).
The common slips, and what the tool says:

- \`effort 4 hrs/month\` \u2192 Unknown unit 'hrs': write the time as hours/month, hours/week or hours/year (4 hours/month).
- \`effort 4 hours/months\` \u2192 Write the period in the singular: hours/month.
- \`capacity 10\` \u2192 '10' needs its unit: write 10 hours/month, 10 hours/week or 10 hours/year.
- \`checkin every monthly\` \u2192 Unknown period 'monthly' after 'every': ... Did you mean 'every month'?
- \`stage paused\` \u2192 Unknown stage 'paused': a partner's stage is prospect, exploring, active, dormant or ended. Did you mean 'dormant'?
- \`partner North CC\` \u2192 Names have no spaces: write NorthCC, with the full name as a display text: partner NorthCC "North CC".
- \`partner Hub \u201CEastside Hub\u201D\` \u2192 Use straight quotes (") around a text: this one has curly quotes, as a word processor writes them.
- a block without its \`}\` \u2192 The block of partner Hub is not closed: add } after its last line. (on the line that opened it)
- \`due 10/15/2026\` \u2192 Write dates as YYYY-MM-DD: 2026-10-15.
- \`plays Host,\` \u2192 A list does not end with a comma: remove the ',' after Host.
- \`partner active\` \u2192 'active' is a word of the language and can't be a name: choose another, such as Active.
- a file saved as Windows-1252 \u2192 This file has characters that are not UTF-8 text (shown as \uFFFD): it was probably saved as Windows-1252 or Latin-1. Save it again as UTF-8.

Names may be written in any script (\`Jos\xE9Mart\xEDCenter\`, \`\xC9glise\`, \`\u0645\u0631\u0643\u0632\`); see
[names](../language.md). \`packages/language/test/validation/syntax-slips.test.ts\` holds the whole
table of slips and their messages.

\`\`\`partnership
network Demo {
    budget 40 hours per month
}
\`\`\`

\`\`\`
network.partnership:2:21 error Write the rate with a slash: 40 hours/month, not 'hours per month'. [syntax-error]
\`\`\`

<a id="unresolved-reference"></a>
## unresolved-reference

A name doesn't match any declaration of the expected kind in the same network, across all of its
files (see [scoping](../language.md#networks-files-and-scoping)). \`us\`, \`backbone\`,
\`cocreated-by\`, \`invites\`, tie endpoints and givers expect partners. \`plays\` and a meeting's \`roles\`
expect roles, and \`serves\` expects goals. When the name exists but is of another kind, the message
says so.

\`\`\`partnership
network Demo {
    us FoodBank
    backbone Funder
}

role Funder

partner FoodBnk "Eastside Food Bank"
\`\`\`

\`\`\`
network.partnership:2:8 error Unknown partner 'FoodBank': no partner named 'FoodBank' is declared in network folder 'coalition'. Did you mean 'FoodBnk'? [unresolved-reference]
network.partnership:3:14 error 'Funder' is a role, not a partner. [unresolved-reference]
\`\`\`

For loose files (outside any network folder) the message names their folder: \`... is declared in
folder 'notes' (no network declared there).\`

<a id="duplicate-name"></a>
## duplicate-name

Two declarations in one network share a name. Partners, roles, goals and meetings share a single set
of names, across all files of the network. The first declaration counts, and the later one is left
out of the analysis. Files that declare the network come first, then the others by path. The first
declaration is given as a related location.

\`\`\`partnership
network Demo

partner Funder

role Funder
\`\`\`

\`\`\`
network.partnership:5:6 error 'Funder' is already declared as a partner (network.partnership:3:9); names must be unique in a network. [duplicate-name]
    network.partnership:3:9 first declaration of 'Funder'
\`\`\`

<a id="duplicate-network"></a>
## duplicate-network

One folder holds more than one \`network\` declaration, either twice in one file or in two files of
the same folder. (A \`network\` in a subfolder is not a duplicate: it starts a separate network for
that subfolder.) The first declaration counts (within a file, the earlier one; across files, the one
whose path sorts first). Later ones are ignored, including their policies.

\`\`\`
coalition/network.partnership       network Coalition
coalition/youth-table.partnership   network YouthTable
\`\`\`

\`\`\`
youth-table.partnership:1:9 error This folder tree already declares network 'Coalition' (network.partnership:1:9); a network folder holds one network block. Put another network in a folder of its own. [duplicate-network]
    network.partnership:1:9 network 'Coalition' is declared here
\`\`\`

Fix: move \`youth-table.partnership\` into a folder of its own, such as \`coalition/youth/\`.

<a id="duplicate-tie"></a>
## duplicate-tie

Two ties join the same pair of partners, in this file or in any other file of the network.
\`A -- B\` and \`B -- A\` are the same tie. Merge their properties into one tie. Only the first tie
counts in the analysis.

\`\`\`partnership
network Demo

partner FoodBank
partner Clinic

tie FoodBank -- Clinic
tie Clinic -- FoodBank {
    effort 2 hours/month
}
\`\`\`

\`\`\`
network.partnership:7:1 error The tie between Clinic and FoodBank is already declared (network.partnership:6:1); keep one tie per pair of partners. [duplicate-tie]
    network.partnership:6:1 first declaration of FoodBank -- Clinic
\`\`\`

<a id="duplicate-property"></a>
## duplicate-property

A declaration states a single-valued property more than once, or a tie's trust gives the same aspect
twice. The single-valued properties are:

- network: \`us\`, \`budget\`, \`backbone\`, \`checkin\`
- goal: \`due\`
- role: \`lane\`, \`commitment\`
- partner: \`sector\`, \`capacity\`, \`gatekeeper\`, \`stage\`, \`contact\`
- tie: \`strength\`, \`effort\`, \`trust\`, \`last-checkin\`, \`checkin\`
- meeting: \`every\`, \`duration\`

List properties (\`plays\`, \`provides\`, \`serves\`, \`cocreated-by\`, \`roles\`, \`invites\`, \`gives\`,
\`policy\`) may be repeated.

\`\`\`partnership
network Demo

partner Clinic {
    sector healthcare
    sector government
}
\`\`\`

\`\`\`
network.partnership:5:5 error 'sector' is stated more than once in partner Clinic; keep one. [duplicate-property]
\`\`\`

For a trust aspect given twice (\`trust reliability 4 reliability 5\`), the message is:
\`Trust reliability is given twice; keep one score.\`

<a id="self-tie"></a>
## self-tie

A tie joins a partner to itself. The tie is left out of the analysis.

\`\`\`partnership
network Demo

partner FoodBank

tie FoodBank -- FoodBank
\`\`\`

\`\`\`
network.partnership:5:17 error A tie joins two different partners; this one joins FoodBank to itself. [self-tie]
\`\`\`

<a id="trust-out-of-range"></a>
## trust-out-of-range

A trust score (\`trust N\`, or a \`reliability\`, \`mission\` or \`openness\` score, in a \`trust\` line or a
\`rating by ...\` line) is not a whole number from 1 to 5.

\`\`\`partnership
network Demo

partner FoodBank
partner Clinic

tie FoodBank -- Clinic {
    trust reliability 6 mission 4 openness 3.5
}
\`\`\`

\`\`\`
network.partnership:7:23 error Trust reliability must be a whole number from 1 to 5; it is 6. [trust-out-of-range]
network.partnership:7:44 error Trust openness must be a whole number from 1 to 5; it is 3.5. [trust-out-of-range]
\`\`\`

For \`trust N\`, the message reads \`Trust score must be ...\`.

<a id="value-out-of-range"></a>
## value-out-of-range

A partner's \`value\` score (\`influence\`, \`involvement\` or \`resources\`) is not a whole number from 1
to 5. Such a value has no value score.

\`\`\`partnership
network Demo

partner FoodBank {
    value influence 4 involvement 0 resources 4.5
}
\`\`\`

\`\`\`
network.partnership:4:35 error Value involvement must be a whole number from 1 to 5; it is 0. [value-out-of-range]
network.partnership:4:47 error Value resources must be a whole number from 1 to 5; it is 4.5. [value-out-of-range]
\`\`\`

<a id="invalid-date"></a>
## invalid-date

A \`due\` or \`last-checkin\` date has the form \`YYYY-MM-DD\` but names a day that doesn't exist
(month 13, February 30, and so on). Leap years are handled: \`2028-02-29\` is valid.

\`\`\`partnership
network Demo

goal Housing {
    due 2027-02-30
}
\`\`\`

\`\`\`
network.partnership:4:9 error 2027-02-30 is not a real date; write dates as YYYY-MM-DD. [invalid-date]
\`\`\`

<a id="invalid-amount"></a>
## invalid-amount

A cadence count is 0 (\`every 0 months\`, in a network's or tie's \`checkin\` or in a meeting), or a
meeting's \`duration\` is 0. Negative numbers can't be written at all (they are a
[syntax-error](#syntax-error)). Rates (\`budget\`, \`capacity\`, \`commitment\`, \`effort\`) of 0 are
**not** reported. A count, duration or rate too large to compute with (a number of more than 308
digits) is reported too, and left out of every sum.

\`\`\`partnership
network Demo {
    checkin every 0 months
}

meeting Steering {
    every month
    duration 0 minutes
}
\`\`\`

\`\`\`
network.partnership:2:19 error 'every 0 months' never happens; use a count of 1 or more. [invalid-amount]
network.partnership:7:14 error A meeting lasts more than 0 minutes. [invalid-amount]
\`\`\`

<a id="giver-not-endpoint"></a>
## giver-not-endpoint

A \`P gives ...\`, \`P asks ...\` or \`rating by P ...\` line inside a tie names a partner that is not
one of the tie's two partners. Only the two partners of a tie can give, ask or rate in it (each side
rates the other). Record what a third partner gives, asks or thinks of a partner in its own tie with
that partner.

\`\`\`partnership
network Demo

partner FoodBank
partner Clinic
partner Radio

tie FoodBank -- Clinic {
    Radio gives visibility
}
\`\`\`

\`\`\`
network.partnership:8:5 error Radio is not part of the tie FoodBank -- Clinic; only FoodBank or Clinic can give in it. [giver-not-endpoint]
\`\`\`

<a id="invalid-introducer"></a>
## invalid-introducer

A tie's \`introduced-by\` names one of the tie's own two partners. \`introduced-by\` records the third
partner, the mutual contact, through whom the two were introduced.

\`\`\`partnership
network Demo

partner FoodBank
partner Clinic

tie FoodBank -- Clinic {
    introduced-by Clinic
}
\`\`\`

\`\`\`
network.partnership:7:19 error Clinic is one of the tie's own partners; introduced-by names the third partner who brought FoodBank and Clinic together. [invalid-introducer]
\`\`\`

<a id="unknown-value"></a>
## unknown-value

A word after \`provides\` (role), \`needs\` (goal), \`gives\` or \`asks\` (tie) isn't in the
[value vocabulary](../language.md#vocabularies). The message suggests the closest value when one is
close enough and lists all known values.

\`\`\`partnership
network Demo

role Funder {
    provides fundng
}
\`\`\`

\`\`\`
network.partnership:4:14 error Unknown value 'fundng'; did you mean 'funding'? Known values: funding, staff-time, volunteers, in-kind, information, data, lived-experience, expertise, leadership, facilitation, influence, connections, space, equipment, visibility. [unknown-value]
\`\`\`

<a id="unknown-sector"></a>
## unknown-sector

A partner's \`sector\` isn't in the [sector vocabulary](../language.md#vocabularies).

\`\`\`partnership
network Demo

partner Clinic {
    sector helthcare
}
\`\`\`

\`\`\`
network.partnership:4:12 error Unknown sector 'helthcare'; did you mean 'healthcare'? Known sectors: nonprofit, government, education, research, healthcare, business, faith, community-group, philanthropy, media, resident. [unknown-sector]
\`\`\`

<a id="unknown-policy"></a>
## unknown-policy

A \`policy\` threshold has an unknown key, or a value outside its allowed range. The eight known keys
are \`max-density\` (0\u20131), \`min-trust\` (1\u20135), \`min-diversity\` (0\u20131), \`min-efficiency\` (0\u20131),
\`broker-betweenness\` (0\u20131), \`max-prospect-effort\` (0\u20131000 hours/month), \`max-prospect-months\`
(0\u20131200) and \`max-invite-share\` (0\u20131); see [Policy](../language.md#policy) for their defaults and
the rules that read them. A \`%\` value is divided by 100 before the range check.

\`\`\`partnership
network Demo {
    policy {
        max-densty 0.4
        min-trust 7
    }
}
\`\`\`

\`\`\`
network.partnership:3:9 error Unknown policy threshold 'max-densty'; did you mean 'max-density'? Known thresholds: max-density, min-trust, min-diversity, min-efficiency, broker-betweenness, max-prospect-effort, max-prospect-months, max-trust-age, max-trust-gap, max-invite-share. [unknown-policy]
network.partnership:4:19 error min-trust must be between 1 and 5; it is 7. [unknown-policy]
\`\`\`

<a id="unknown-rule"></a>
## unknown-rule

A \`rule CODE ...\` policy setting or an \`// @allow CODE\` comment names a code that is not one of the
[rule codes](README.md). A structural code gets its own message, because structural checks
can't be configured.

\`\`\`partnership
network Demo {
    policy {
        rule one-sided-ties off
        rule self-tie warning
    }
}

// @allow isolated-partnr -- typo
partner Radio
\`\`\`

\`\`\`
network.partnership:3:14 error Unknown rule 'one-sided-ties'; did you mean 'one-sided-tie'? [unknown-rule]
network.partnership:4:14 error 'self-tie' is a structural check; it is always an error and cannot be configured. [unknown-rule]
network.partnership:8:11 error @allow names an unknown rule 'isolated-partnr'; did you mean 'isolated-partner'? [unknown-rule]
\`\`\`

Every code of the [rule catalog](README.md) can be named, [low-trust-tie](low-trust-tie.md) among
them: \`rule low-trust-tie off\` turns that rule off and is no error. \`partnership explain --list\`
lists the codes.

<a id="invalid-allow"></a>
## invalid-allow

A \`//\` comment starts with \`@allow\` but is not written as \`// @allow CODE[, CODE...] -- reason\`, so it
would silence nothing. The usual cause is a reason without \`--\`.

\`\`\`partnership
// @allow isolated-partner because the station is new
partner Radio
\`\`\`

\`\`\`
network.partnership:1:1 error Write a suppression as // @allow CODE[, CODE] -- reason; this comment silences nothing. [invalid-allow]
\`\`\`

Fix: \`// @allow isolated-partner -- the station is new\`.
`,"tie-without-purpose.md":`# tie-without-purpose

**Default severity:** info \xB7 **Threshold:** none \xB7 **Applies to:** each \`tie\` whose partners are active (or state no stage), other than the backbone's

## What it checks

The rule looks for ties that nothing in the file explains. A tie is reported when all three are
true:

1. **No common goal**: the goals served by the roles one partner plays and the goals served by the
   roles the other plays have none in common. A partner that plays no role serves no goal.
2. **Nobody gives anything**: the tie has no \`gives\` line, for either side. It also has no \`asks\`
   line: an ask is a purpose too, being worked out (and [unanswered-ask](unanswered-ask.md) reports
   it if it is not answered).
3. **It is no bridge**: without the tie, the two partners would still reach each other through
   other partners. A tie that is the only link between two parts of the network holds the network
   together, whatever it serves, and is not reported. (Ties with an \`ended\` partner are not part of
   the network's graph, so a path through an ended partner doesn't count as another way round.)

The rule is silent for a tie with a partner whose \`stage\` is

- \`prospect\` or \`exploring\`: a tie with a new partner is how the two get to know each other, before
  a role, a shared goal or anything given can be agreed (see
  [stale-prospect](stale-prospect.md) for prospects that stay new too long);
- \`dormant\` or \`ended\`: the relationship is already paused, or history.

It is also silent for the ties of the network's \`backbone\`: keeping the partners connected is the
backbone's job, so its ties serve the partnership itself. Only roles count toward a common goal;
having co-created a goal (\`cocreated-by\`) does not, as in
[goal-without-partner](goal-without-partner.md).

A partner whose roles aren't all declared (a duplicate name, for instance) is not judged. The finding
is placed on the tie's \`tie A -- B\` header. When the tie has an \`effort\`, the message names it. The
two partners are related locations, each with the goals its roles serve.

## Why

Every relationship a coalition keeps costs time on both sides. "How to Build Partnerships with
Community Organizations" says that every partnership should serve a specific purpose in the network:
a relationship that exists for its own sake takes up precious time and resources to maintain. A
tie whose partners work toward different goals, where nothing is given either way, and that the
network doesn't need to stay connected, is exactly that kind of relationship. It may still be worth
keeping (a friendship between directors, a partner you will need next year), but that should be a
choice, written down, not an accident. The default severity is \`info\`.

## How to fix

- If the partners do exchange something, write it down: \`FoodBank gives data\`, \`Library gives
  space\`.
- If they work toward a common goal, say so through their roles: add the goal to one of the roles'
  \`serves\`, or give one of the partners a role that serves it.
- If the relationship is new, mark the partner: \`stage exploring since 2026-09-01\`.
- If it has no purpose, let it go, remove the tie, and spend the time on ties that do.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    purpose joint-action
}

goal FreshProduce "20% more households within a mile of fresh produce" {
    cocreated-by FoodBank, Tenants
    measure "households within a mile of fresh produce"
    baseline 1200 on 2025-01-01
    target 1440 by 2027-12-31
}

goal Literacy "Every Eastside child reading by third grade" {
    cocreated-by Library, Tenants
    measure "third graders reading at grade level"
    baseline 410 on 2025-09-01
    target 520 by 2028-06-30
}

role Distribution { serves FreshProduce             lane "food sourcing and distribution" }
role Outreach     { serves FreshProduce, Literacy   lane "door-to-door outreach to families" }
role Reading      { serves Literacy                 lane "reading programmes" }

partner FoodBank { sector nonprofit        plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Library  { sector education        plays Reading }

tie FoodBank -- Tenants
tie Tenants -- Library
tie FoodBank -- Library {
    effort 2 hours/month
}
\`\`\`

The food bank and the Tenants Union share FreshProduce, and the Tenants Union and the library share
Literacy, so those ties are not reported. The food bank and the library share no goal, nothing is
given in their tie, and they also reach each other through the Tenants Union.

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:30:1 info The tie FoodBank -- Library serves no goal the two partners share, nobody gives anything in it, and FoodBank and Library reach each other through other partners too. It takes 2 h/month. Say what each side gives (FoodBank gives ...), give it a shared goal through the partners' roles, or let the tie go. [tie-without-purpose]
    network.partnership:24:9 FoodBank's roles (Distribution) serve FreshProduce
    network.partnership:26:9 Library's roles (Reading) serve Literacy
\`\`\`

Message format: \`The tie <A> -- <B> serves no goal the two partners share, nobody gives anything
in it, and <A> and <B> reach each other through other partners too.\` then, when the tie has an
effort, \`It takes <hours> h/month.\`, then \`Say what each side gives (<A> gives ...), give it a
shared goal through the partners' roles, or let the tie go.\` Related locations, one per partner:
\`<P>'s roles (<roles>) serve <goals>\`, \`<P>'s roles (<roles>) serve no goal\`, or \`<P> plays no
role\`.

## Configure

- Severity: \`policy { rule tie-without-purpose off }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the tie:
  \`\`\`partnership
  // @allow tie-without-purpose -- the library hosts our spring fair; a role is being discussed
  tie FoodBank -- Library {
      effort 2 hours/month
  }
  \`\`\`
`,"trust-gap.md":`# trust-gap

**Default severity:** warning \xB7 **Threshold:** \`max-trust-gap\` (default 1.5) \xB7 **Applies to:** each \`tie\` rated by both of its partners (\`rating by ... on ...\`)

## What it checks

In a survey each side of a tie rates the other: \`rating by A reliability 4 mission 5 openness 3 on
2026-06-01\`. For each tie that both partners have rated, the rule takes each side's **latest**
rating (by date; of two on one date, the last written), averages its aspects, and fires when the two
averages differ by \`max-trust-gap\` (default 1.5) or more: the partners see their tie differently.

- Only ratings by the tie's two partners count (a rating by a third partner is a
  [giver-not-endpoint](structural.md#giver-not-endpoint) error).
- A rating with a score outside 1 to 5 ([trust-out-of-range](structural.md#trust-out-of-range)) has
  no average and is not compared.
- A tie rated by one side only, or not at all, is not reported.

The finding is placed on the lower rating; the higher one is its related location.

## Why

PARTNER, the reference tool for mapping community partnerships, asks each partner how far it trusts
the others (reliability, support of the mission, openness to discussion) and reports where two
partners see their tie differently. "Collaborating for Equity and Justice" and "How to Build Strong
Community Partnerships" put mutual benefit and honest communication at the heart of a partnership:
a tie one side thinks strong and the other weak is one where expectations have drifted apart. It
needs a conversation before it needs more effort.

## How to fix

- Talk it through at the next check-in: ask the side with the lower rating what is missing, and
  what would raise its score.
- Record the new ratings after the conversation; the latest rating of each side counts.
- If small differences are normal in your coalition, raise \`max-trust-gap\`.

## Example

\`\`\`partnership
network Eastside {
    us FoodBank
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants
    measure "families reached each week"
    baseline 120 on 2026-01-01
    target 200 by 2027-12-31
}

role Distribution { serves NoFamilyHungry }
role Outreach     { serves NoFamilyHungry }

partner FoodBank { sector nonprofit  plays Distribution }
partner Tenants  { sector resident   plays Outreach }
partner Clinic   { sector healthcare plays Outreach }

tie FoodBank -- Tenants {
    rating by FoodBank reliability 5 mission 5 openness 4 on 2026-09-20
    rating by Tenants reliability 3 mission 3 openness 2 on 2026-09-22
    rating by Tenants reliability 2 mission 3 openness 2 on 2026-05-02
    FoodBank gives funding
    Tenants gives lived-experience
}
tie FoodBank -- Clinic {
    rating by Clinic reliability 4 mission 4 openness 3 on 2026-09-20
    rating by FoodBank reliability 4 mission 5 openness 4 on 2026-09-21
    FoodBank gives data
    Clinic gives expertise
}
tie Tenants -- Clinic {
    trust 4
    Clinic gives expertise
    Tenants gives lived-experience
}
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:22:5 warning FoodBank and Tenants see their tie differently: FoodBank rates it 4.67 (on 2026-09-20), Tenants 2.67 (on 2026-09-22), a gap of 2 (the network's max-trust-gap is 1.5). Talk it through at the next check-in: ask Tenants what would raise its score. [trust-gap]
    network.partnership:21:5 FoodBank's rating
\`\`\`

Tenants' rating of May is older than its rating of September, which counts. The two sides of
FoodBank -- Clinic differ by less than 1.5, and Tenants -- Clinic has no ratings.

## Configure

- Threshold: \`policy { max-trust-gap 1 }\` in the \`network\` block: the smallest difference between
  the two sides' average ratings that is reported (0 to 4, default 1.5).
- Severity: \`policy { rule trust-gap info }\` in the \`network\` block (\`error\`, \`warning\`, \`info\` or
  \`off\`).
- \`@allow\`: put the comment directly above the tie:
  \`\`\`partnership
  // @allow trust-gap -- we talked on 2026-10-05; the new ratings come with the spring survey
  tie FoodBank -- Tenants {
  \`\`\`
`,"unanswered-ask.md":`# unanswered-ask

**Default severity:** info \xB7 **Threshold:** none \xB7 **Applies to:** each \`asks\` line of a \`tie\`

## What it checks

In a tie, a partner can say what it asks of the other side (\`Tenants asks volunteers, data\`), as
it says what it offers (\`FoodBank gives space\`). The rule fires on an \`asks\` line when the
**other** partner of the tie gives nothing of what is asked **in that tie**: the values asked for
that none of the other side's \`gives\` lines in the tie names.

- One finding per \`asks\` line, listing the unanswered values. Values that are answered are left
  out of the message; a line whose values are all answered is not reported.
- Only the other side's \`gives\` in the same tie count. What it gives in its other ties, and what the
  asker gives, don't answer the ask.
- A tie with a \`dormant\` or \`ended\` partner is not checked: the relationship is paused, or history.
- An ask of or by a \`prospect\` or \`exploring\` partner is checked: an ask is a good way to start.
- An \`asks\` line that names a partner who isn't one of the tie's two is a
  [giver-not-endpoint](structural.md#giver-not-endpoint) error, and a value outside the vocabulary
  an [unknown-value](structural.md#unknown-value) error; neither is checked here.

The finding is placed on the \`asks\` line. The other side's \`gives\` lines in the tie are related
locations.

## Why

Good partnerships are give and take. "Tip Sheet: Building Community Partnerships" (tip 8, make asks
and offers) suggests making it a habit, even a standing item of partnership meetings, for each
partner to say what it can offer and what it needs, and warns that a partner who only reaches out
when it wants something is soon seen through. Writing the asks down is half of that habit; the
other half is answering them. An ask that stays unanswered for long tells the partner its needs
don't count in the relationship. The default severity is \`info\`: an ask is often answered by
someone else, or can't be met, and the point is to have talked about it.

## How to fix

- Talk with the partner about the ask. If the other side can help, record what it gives:
  \`FoodBank gives volunteers\`.
- If it can't, help the asker find the value elsewhere (another partner, or a gatekeeper who knows
  who could help), and take the ask off the tie once it is met or dropped.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    purpose joint-action
}

goal FreshProduce "20% more households within a mile of fresh produce" {
    cocreated-by FoodBank, Tenants
    measure "households within a mile of fresh produce"
    baseline 1200 on 2025-01-01
    target 1440 by 2027-12-31
}

role Distribution { serves FreshProduce }
role Outreach     { serves FreshProduce }

partner FoodBank { sector nonprofit        plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Clinic   { sector healthcare       plays Outreach }

tie FoodBank -- Tenants {
    FoodBank gives space
    Tenants gives lived-experience
    Tenants asks volunteers, data
}
tie Tenants -- Clinic
tie Clinic -- FoodBank
\`\`\`

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:23:5 info Tenants asks FoodBank for volunteers and data in the tie FoodBank -- Tenants, but FoodBank gives only space here. Talk about whether FoodBank can offer them (if so, write FoodBank gives volunteers, data in the tie), or help Tenants find them elsewhere. [unanswered-ask]
    network.partnership:21:5 FoodBank gives space
\`\`\`

Message format: \`<Asker> asks <Other> for <values> in the tie <A> -- <B>, but <Other> gives
nothing in this tie.\` (or \`but <Other> gives only <values> here.\`) followed by \`Talk about whether
<Other> can offer it (if so, write <Other> gives <values> in the tie), or help <Asker> find it elsewhere.\` (\`them\` for
several values). \`<values>\` reads \`data\`, \`volunteers and data\`, \`space, data and equipment\`.
Related locations: \`<Other> gives <values>\`, one per \`gives\` line of the other side in the tie.

## Configure

- Severity: \`policy { rule unanswered-ask warning }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the tie:
  \`\`\`partnership
  // @allow unanswered-ask -- the data-sharing agreement is with the lawyers
  tie FoodBank -- Tenants {
      Tenants asks data
  }
  \`\`\`
`,"unmet-need.md":`# unmet-need

**Default severity:** warning \xB7 **Threshold:** none \xB7 **Applies to:** each \`goal\` with \`needs\` that is not \`achieved\`

## What it checks

A goal's \`needs\` line lists the kinds of value the goal takes (\`needs funding, data,
lived-experience\`). The rule looks at the partners **serving** the goal, the partners who play a
role whose \`serves\` names it, and checks that each needed value is provided by at least one of
them, in either of two ways:

- a role the partner plays **and that serves the goal** \`provides\` the value. What a partner
  provides through a role for another goal doesn't count: its \`provides\` says what that role
  brings to the goals it serves;
- the partner **gives** the value in any of its ties (\`FoodBank gives data\`), whoever the tie is
  with.

The rule fires once per goal, listing every needed value that nobody serving it provides.

- A partner whose \`stage\` is \`dormant\` or \`ended\` no longer works with the network: what it
  provides doesn't count. The message names it, and when every partner serving the goal is dormant
  or ended, it says so.
- A \`prospect\` or \`exploring\` partner counts: the network has written down the role it is being
  got to know for.
- What a partner that does not serve the goal provides or gives doesn't count, nor does a role that
  serves the goal but that nobody plays (it is listed among the related locations, so you can see
  who could fill it).
- A goal that **no partner serves at all** is not reported: that is
  [goal-without-partner](goal-without-partner.md)'s finding, and listing every need as unmet would
  say the same thing twice.
- An \`achieved\` goal, and a goal without \`needs\`, are not reported. A value outside the value
  vocabulary is an [unknown-value](structural.md#unknown-value) error and is not checked.

The finding is placed on the first unmet value of the goal's \`needs\`, as written. Each role that serves the goal is a
related location, with what it provides and who plays it. The editor's hover on the goal and
\`partnership report\` show the same needs and who meets them.

## Why

A coalition tends to think first of the most visible kinds of value, money and staff time. "How to
Build Partnerships with Community Organizations" asks what kinds of value a goal really takes
(funding or staff support, but also information such as lived experience and data, leadership,
facilitation, influence with decision-makers) and to look for the partners best suited to provide
each. "7 Tips for Strategic Networking with Community Partners" (tip 5, consider all the kinds of
value a partner can provide) adds that the less tangible kinds are often worth as much as a grant.
Writing down what a goal needs, and which partners provide it, shows the gap before it stalls the
work: a goal that needs residents' lived experience and has no partner bringing it is planned
without the people it is for.

## How to fix

- Look for a partner who can provide the missing value, and give it a role that serves the goal:
  \`role Funder { provides funding  serves FreshProduce }\` and \`plays Funder\` on the partner.
- If a partner serving the goal already provides it, write it down: add the value to its serving
  role's \`provides\`, or record it in a tie (\`UnitedWay gives funding\`).
- If a partner provides it through a role for another goal, and the value goes to this goal too,
  add this goal to that role's \`serves\`.
- If the goal doesn't need it after all, take it off the \`needs\` line.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    purpose joint-action
}

goal FreshProduce "20% more households within a mile of fresh produce" {
    cocreated-by FoodBank, Tenants
    needs funding, lived-experience, data
    measure "households within a mile of fresh produce"
    baseline 1200 on 2025-01-01
    target 1440 by 2027-12-31
}

role Distribution {
    provides space, volunteers
    serves FreshProduce
}

role Outreach {
    provides lived-experience
    serves FreshProduce
}

partner FoodBank { sector nonprofit        plays Distribution }
partner Tenants  { sector community-group  plays Outreach }
partner Clinic   { sector healthcare       plays Outreach }

tie FoodBank -- Tenants
tie Tenants -- Clinic
tie Clinic -- FoodBank {
    Clinic gives data
    FoodBank gives space
}
\`\`\`

The Tenants Union and the clinic bring lived experience through Outreach, and the clinic gives
data in its tie with the food bank. Nobody serving the goal provides funding.

With \`--today 2026-11-01\`:

\`\`\`
network.partnership:8:11 warning The goal FreshProduce needs funding, but none of the partners serving it (FoodBank, Tenants, Clinic) provides it. Bring in a partner who can, through a role that serves FreshProduce, or record where a serving partner already does (provides on its role, gives in its ties). [unmet-need]
    network.partnership:14:6 role Distribution serves FreshProduce and provides space, volunteers; played by FoodBank
    network.partnership:19:6 role Outreach serves FreshProduce and provides lived-experience; played by Tenants, Clinic
\`\`\`

Message format: \`The goal <Goal> needs <values>, but <who>.\` followed by \`Bring in a partner who
can, through a role that serves <Goal>, or record where a serving partner already does (provides on
its role, gives in its ties).\` \`<values>\` reads \`funding\`, \`funding and data\`, \`funding, data and
space\`. \`<who>\` is one of:

- \`none of the partners serving it (<A>, <B>) provides it\` (or \`them\`);
- \`<A>, the only partner serving it, does not provide it\` (\`the only active partner\` when others
  serving it are dormant or ended);
- \`every partner serving it is dormant or ended (<A> dormant, <B> ended)\`.

When some partners serving the goal are dormant or ended and others are not, \`<A> also serves it
but is dormant.\` follows. Related locations: \`role <Role> serves <Goal> and provides <values>;
played by <partners>\` (or \`provides nothing\`, \`no partner plays it\`).

## Configure

- Severity: \`policy { rule unmet-need info }\` in the \`network\` block (\`error\`, \`warning\`, \`info\`
  or \`off\`).
- \`@allow\`: put the comment directly above the goal:
  \`\`\`partnership
  // @allow unmet-need -- the county grant is decided in January
  goal FreshProduce "20% more households within a mile of fresh produce" {
      needs funding
  }
  \`\`\`
`,"untrusted-broker.md":`# untrusted-broker

**Default severity:** warning \xB7 **Thresholds:** \`min-trust\` (default 3), \`broker-betweenness\` (default 0.2) \xB7 **Applies to:** each \`partner\` that is a broker

## What it checks

The rule looks for **brokers**, partners that other partners depend on to reach each other, and
checks that their ties are trusted. A partner is a broker when either is true:

- its **betweenness** is at least \`broker-betweenness\` (default 0.2). Betweenness is the share of
  shortest tie paths between two *other* partners that run through this partner, normalised as in
  NetworkX: 1 for the centre of a star, 0 for a partner nobody needs to pass through (see
  [metrics](../metrics.md#betweenness)). Paths are counted in ties; \`effort\` does not lengthen them.
- it is a **cut vertex**: without it, the network would fall apart into more pieces (the partners
  [single-point-of-failure](single-point-of-failure.md) reports). A cut vertex is a broker whatever
  its betweenness.

For each broker, the rule takes the **average trust of its ties**: the mean, over the broker's ties
that record \`trust\`, of each tie's trust (its \`trust N\`, or the mean of the aspects given, as in
[low-trust-tie](low-trust-tie.md)). It fires when that average is **below** the network's
\`min-trust\` (default 3). An average equal to the threshold is not reported.

- Ties without \`trust\` don't count in the average. A broker none of whose ties records trust is not
  reported: nothing is known, so nothing is low.
- Networks of **fewer than three partners** are not checked (nobody can be between two others).
- The rule needs no \`network\` block: loose files are checked with the default thresholds.
- Only ties that make it into the analysis count (no self-ties, duplicates or ties with an unknown
  partner).

The finding is placed on the partner's name. The message says why the partner counts as a broker:
its betweenness (when it reaches \`broker-betweenness\`), "the only link between parts of the
network" (when it is a cut vertex), or both. Every tie of the broker that records trust is a
related location, on its \`trust\` line, with the tie's trust. Numbers have at most two decimals.

### Estimated betweenness on large networks

Computing betweenness exactly takes one search from every partner, so the time grows with the
number of partners times the number of ties. On large networks it is estimated instead, from 256 source partners spread
evenly through the network (see [metrics](../metrics.md#exact-and-estimated-betweenness)):

- \`partnership validate\` estimates in networks of **more than 5,000 partners**, unless it is run
  with \`--exact\` ([cli.md](../cli.md#options)).
- The editor (language server) estimates in networks of **more than 2,000 partners**. The
  \`sampleAbove\` initialization option changes the limit; 0 or a negative number means always
  exact.
- \`partnership metrics\` always computes betweenness exactly.

When the betweenness in a finding is an estimate, the message says so: \`(betweenness 0.98,
estimated)\`. Cut vertices are always found exactly, so a cut vertex is always recognised as a
broker; near the \`broker-betweenness\` limit, an estimate can include or leave out a partner that
the exact value would not.

## Why

Brokers are how a coalition reaches groups it doesn't tie to directly. Building the network around
a few partners that link otherwise separate groups saves everyone time, but only works when those
partners are trusted on both sides. A broker that the coalition doesn't rely on, or that doesn't
share its mission, or that doesn't pass information on openly, becomes a bottleneck: requests stall
with it, and what comes back through it is hard to believe. Trust takes time to build, so it is
worth knowing before routing more of the network's work through one partner.

## How to fix

- Invest in the broker's ties first: regular check-ins, small commitments kept, information shared
  openly. Update the \`trust\` scores when the partners agree they have grown.
- Look at which aspect is low on each related tie (reliability, mission, openness): each asks for a
  different kind of work (see [low-trust-tie](low-trust-tie.md)).
- Give the network a second route to the groups the broker links, through a partner that is
  trusted, so that less depends on the untrusted one.
- If your coalition sets a different bar, change \`min-trust\` or \`broker-betweenness\`.

## Example

\`\`\`partnership
network Eastside "Eastside Food Access Coalition" {
    us FoodBank
    backbone FoodBank
    budget 20 hours/month
    purpose joint-action
}

goal NoFamilyHungry "No Eastside family goes a week without enough food" {
    cocreated-by FoodBank, Tenants, CountyHealth
    measure "families who went a week without enough food this year"
    baseline 140 on 2026-01-01
    target 0 by 2028-12-31
}

role Distribution { serves NoFamilyHungry  lane "food distribution" }
role Outreach     { serves NoFamilyHungry  lane "outreach to families" }
role Evidence     { serves NoFamilyHungry  lane "data and evaluation" }

partner FoodBank      { sector nonprofit        plays Distribution }
partner CountyHealth  { sector government       plays Evidence }
partner Clinic        { sector healthcare       plays Evidence }
partner Tenants       { sector community-group  plays Outreach }
partner ParentsCircle { sector resident         plays Outreach }
partner BlockClub     { sector resident         plays Outreach }
partner YouthLeague   { sector community-group  plays Outreach }

tie FoodBank -- CountyHealth     { trust 4 }
tie FoodBank -- Clinic           { trust 4 }
tie CountyHealth -- Clinic       { trust 5 }
tie ParentsCircle -- BlockClub   { trust 5 }
tie BlockClub -- YouthLeague     { trust 4 }
tie CountyHealth -- YouthLeague  { trust 3 }

// The Tenants Union is how the food bank reaches the resident groups.
tie FoodBank -- Tenants {
    trust 2
}
tie Tenants -- ParentsCircle {
    trust reliability 3 mission 2 openness 2
}
tie Tenants -- BlockClub {
    trust 3
}
\`\`\`

Of the 15 pairs of other partners, the Tenants Union carries the shortest paths of the equivalent
of 4 (betweenness 4 / 15 = 0.27), so it is a broker. Its ties average (2 + 2.33 + 3) / 3 = 2.44. The food bank has
the same betweenness, but its ties average 3.33, so it is not reported. The county's tie to the
youth league gives the resident groups a second way in, so neither broker is a cut vertex.

\`\`\`
network.partnership:22:9 warning Tenants is a broker (betweenness 0.27) but its ties average trust 2.44; the network's minimum is 3. Build trust with it before routing more through it. [untrusted-broker]
    network.partnership:36:5 tie FoodBank -- Tenants: trust 2
    network.partnership:39:5 tie Tenants -- ParentsCircle: trust 2.33
    network.partnership:42:5 tie Tenants -- BlockClub: trust 3
network.partnership:36:5 info Trust in the tie FoodBank -- Tenants is 2; the network's minimum is 3. [low-trust-tie]
network.partnership:39:5 info Trust in the tie Tenants -- ParentsCircle averages 2.3 (reliability 3, mission 2, openness 2); the network's minimum is 3. [low-trust-tie]
\`\`\`

The two [low-trust-tie](low-trust-tie.md) infos name the individual ties; untrusted-broker adds that
these ties belong to a partner the network depends on.

Without the tie \`CountyHealth -- YouthLeague\`, the Tenants Union would also be a cut vertex, and the
message would read \`Tenants is a broker (betweenness 0.6; the only link between parts of the
network) but ...\`. With \`broker-betweenness 0.9\` it would still be reported, as \`Tenants is a broker
(the only link between parts of the network) but ...\`.

Message format: \`<Partner> is a broker (<why>) but its ties average trust <average>; the network's
minimum is <min-trust>. Build trust with it before routing more through it.\` \`<why>\` is
\`betweenness <value>\` (with \`, estimated\` after the value when estimated), \`the only link between
parts of the network\`, or both joined by \`; \`.

## Configure

- Thresholds, in the \`network\` block:
  - \`policy { min-trust 2.5 }\`: the lowest acceptable average trust (1 to 5, default 3). The same
    threshold is used by [low-trust-tie](low-trust-tie.md) for single ties.
  - \`policy { broker-betweenness 0.3 }\` (or \`30%\`): the betweenness from which a partner counts as a
    broker (0 to 1, default 0.2). Cut vertices count as brokers whatever this is set to.
    \`broker-betweenness 0\` makes every partner a broker. \`partnership metrics\` marks the partners at
    or above it with \u25C6.
- Severity: \`policy { rule untrusted-broker error }\` in the \`network\` block (\`error\`, \`warning\`,
  \`info\` or \`off\`).
- \`@allow\`: put the comment directly above the partner:
  \`\`\`partnership
  // @allow untrusted-broker -- new director since September; trust review at the March retreat
  partner Tenants { sector community-group  plays Outreach }
  \`\`\`
- Large networks: \`partnership validate --exact\` computes betweenness exactly whatever the network's
  size; in the editor, set the \`sampleAbove\` initialization option.
`,"unused-role.md":`# unused-role

**Default severity:** info \xB7 **Threshold:** none \xB7 **Applies to:** each \`role\`

## What it checks

The rule fires for every role that no partner lists in \`plays\`. A role that is only named in a
meeting's \`roles\`, or that only \`serves\` a goal, still counts as unused. The finding is placed on
the role's name.

## Why

Roles describe the specific contributions the coalition needs from its partners. A role nobody
plays is one of two things. It may be a gap: a kind of help the network needs but hasn't found, such
as a funder, a facilitator or someone with lived experience. Then it is worth recruiting for on
purpose. Or it is left over from an earlier plan. Then it makes the file misleading, and meetings
that invite that role reach nobody. The default severity is \`info\` because naming a gap before
filling it is often intentional.

## How to fix

- Assign the role to the partner that fills it: \`plays RoleName\`.
- If you are still looking for that partner, say so with \`@allow\` and a reason.
- If the network no longer needs the role, remove it, along with its mentions in meetings'
  \`roles\`.

## Example

\`\`\`partnership
network Demo {
    purpose joint-action
}

goal HealthyMeals "Every clinic patient can get a healthy meal" {
    cocreated-by FoodBank, Clinic
    measure "clinic patients referred to a healthy meal programme"
    baseline 200 on 2026-01-01
    target 500 by 2027-12-31
}

role Convener {
    serves HealthyMeals
}

role Evaluator "Measures results" {
    serves HealthyMeals
}

partner FoodBank {
    plays Convener
}

partner Clinic {
    plays Convener
}

tie FoodBank -- Clinic
\`\`\`

\`\`\`
network.partnership:16:6 info No partner plays the role Evaluator; assign it (plays Evaluator) or remove it. [unused-role]
\`\`\`

Message format: \`No partner plays the role <Role>; assign it (plays <Role>) or remove it.\`

## Configure

- Severity: \`policy { rule unused-role off }\` in the \`network\` block (\`error\`, \`warning\`, \`info\`
  or \`off\`).
- \`@allow\`: put the comment directly above the role:
  \`\`\`partnership
  // @allow unused-role -- talking to the university about evaluation
  role Evaluator "Measures results" {
      serves HealthyMeals
  }
  \`\`\`
`};function ct(){return{colour:He(),hyperlinks:De(),width:Ne()}}function Ce(){return[...le.keys(),...Object.keys(ie)]}function Wt(t,e,n=ct()){return e.list||t===void 0?(process.stdout.write(gt(n)),0):(process.stdout.write(dt(t,n)),0)}function dt(t,e,n=se){let o=t.trim().replace(/^\[(.*)\]$/,"$1").toLowerCase(),r=pt(o,n);if(!r){if(Ce().includes(o))throw new ae(`no page for '${o}' in this build of partnership (see ${he(o,X(o),n)})`);let i=Ee(o,Ce());throw new ae(`unknown code '${t}'${i?`; did you mean '${i}'?`:""} (partnership explain --list lists them)`)}let a=new Be(e,r.url);return`${a.render(r.markdown)}
${a.footer(he(o,X(o),n))}`}function pt(t,e=se){let n=e.endsWith("/")?e:`${e}/`;if(le.has(t)){let o=Fe[`${t}.md`];return o===void 0?void 0:{markdown:o,url:`${n}${t}.md`}}if(X(t)){let o=ut(Fe["structural.md"]??"",t);return o===void 0?void 0:{markdown:`# ${t}

A structural check: always an error. It can't be turned off or downgraded in \`policy\`, and \`@allow\` doesn't silence it.

`+o.replace(new RegExp(`^\\s*## ${t}\\s*\\n`),""),url:`${n}structural.md`}}}function ut(t,e){let n=`<a id="${e}"></a>`,o=t.indexOf(n);if(o<0)return;let r=t.slice(o+n.length),a=r.search(/<a id="[^"]*"><\/a>/);return a<0?r:r.slice(0,a)}function gt(t){let e=Ae.default.createColors(t.colour),n=[...Pe].sort((s,h)=>s.meta.code.localeCompare(h.meta.code)),o=Object.entries(ie).sort(([s],[h])=>s.localeCompare(h)),r=Ce().reduce((s,h)=>Math.max(s,h.length),0)+2,a={error:e.red,warning:e.yellow,info:e.blue},i=[e.bold("Rules (default severity; a network's policy can change it):")];for(let{meta:s}of n)i.push(`  ${e.bold(s.code.padEnd(r))}${a[s.defaultSeverity](s.defaultSeverity.padEnd(9))}${s.summary}`);i.push("",e.bold("Structural checks (always errors):"));for(let[s,h]of o)i.push(`  ${e.bold(s.padEnd(r))}${h}`);return i.push("","partnership explain CODE shows the page of one code."),`${i.join(`
`)}
`}var wt=/\u001B\[[0-9;]*m|\u001B\]8;;[^\u001B]*\u001B\\/g;function re(t){return t.replace(wt,"").length}function mt(t,e,n){let o=t.split(/[ \t\n]+/).filter(Boolean),r=[],a="",i=0,s=Math.max(20,e-n.length);for(let h of o){let d=re(h);a&&i+1+d>s?(r.push(a),a=h,i=d):(i+=(a?1:0)+d,a=a?`${a} ${h}`:h)}return a&&r.push(a),r.map(h=>n+h)}var Be=class{style;pageUrl;c;constructor(e,n){this.style=e,this.pageUrl=n,this.c=Ae.default.createColors(e.colour)}render(e){return this.blocks(f.lexer(e),"").join(`

`)+`
`}footer(e){let n=this.style.hyperlinks?ce(e,e):e;return`${this.c.dim("Online:")} ${n}
`}url(e){try{return new URL(e,this.pageUrl).href}catch{return e}}blocks(e,n,o=!1){let r=[];for(let a of e){let i=this.block(a,n);i!==void 0&&i!==""&&r.push(i)}return o?[r.join(`
`)]:r}block(e,n){let o=this.c;switch(e.type){case"heading":{let{depth:r,tokens:a}=e,i=this.inline(a);return this.style.colour?n+(r===1?o.bold(o.underline(i)):o.bold(i)):r>2?n+i:`${n}${i}
${n}${(r===1?"=":"-").repeat(re(i))}`}case"paragraph":case"text":{let{tokens:r,text:a}=e;return mt(r?this.inline(r):a,this.style.width,n).join(`
`)}case"code":{let{text:r}=e;return r.split(`
`).map(a=>a?`${n}    ${a}`:"").join(`
`)}case"list":{let r=e,a=typeof r.start=="number"?r.start:1;return r.items.map((s,h)=>{let d=r.ordered?`${a+h}. `:"- ",l=n+" ".repeat(d.length),p=this.blocks(s.tokens,l,!s.loose).join(`

`);return n+(this.style.colour&&!r.ordered?o.dim("\u2022")+" ":d)+p.slice(l.length)}).join(r.loose?`

`:`
`)}case"blockquote":return this.blocks(e.tokens,`${n}    `).join(`

`);case"table":{let r=e,a=[r.header.map(h=>this.inline(h.tokens)),...r.rows.map(h=>h.map(d=>this.inline(d.tokens)))],i=r.header.map((h,d)=>a.reduce((l,p)=>Math.max(l,re(p[d]??"")),0)),s=h=>n+h.map((d,l)=>d+" ".repeat(i[l]-re(d))).join("  ").trimEnd();return[s(a[0].map(h=>o.bold(h))),n+i.map(h=>"-".repeat(h)).join("  "),...a.slice(1).map(s)].join(`
`)}case"hr":return n+o.dim("-".repeat(Math.min(this.style.width,40)));default:return}}inline(e){if(!e)return"";let n=this.c;return e.map(o=>{switch(o.type){case"text":{let r=o;return r.tokens?this.inline(r.tokens):r.text}case"escape":return o.text;case"strong":return n.bold(this.inline(o.tokens));case"em":return n.italic(this.inline(o.tokens));case"del":return this.inline(o.tokens);case"codespan":{let{text:r}=o;return this.style.colour?n.cyan(r):`\`${r}\``}case"br":return`
`;case"link":{let r=o,a=this.inline(r.tokens),i=this.url(r.href);return this.style.hyperlinks?ce(i,this.style.colour?n.underline(a):a):a===i||a===r.href?i:`${a} (${n.dim(i)})`}case"image":{let r=o;return`[image: ${r.text}] (${this.url(r.href)})`}default:return o.type==="html"?"":"text"in o?String(o.text):""}}).join("")}};export{Be as TerminalRenderer,Ce as allCodes,dt as explain,gt as listCodes,pt as pageOf,Wt as runExplain,ut as structuralSection,ct as terminalStyle};
