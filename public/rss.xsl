<?xml version="1.0" encoding="UTF-8"?>
<!-- Renders an RSS feed opened in a browser as a readable page. Labels are
     symbols (no single language), the feed's own title/language drive the rest. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="{rss/channel/language}" dir="{substring('rtl', 1, 3 * number(rss/channel/language = 'ar'))}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="rss/channel/title"/> (RSS)</title>
        <style>
          body { font: 1rem/1.5 system-ui, sans-serif; max-width: 46rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
          .note { background: #eef3f8; border: 1px solid #b7c9db; padding: .75rem 1rem; border-radius: 4px; }
          code { word-break: break-all; }
          li { margin: 1rem 0; }
          time, .by { color: #555; font-size: .9rem; }
        </style>
      </head>
      <body>
        <main>
          <h1>RSS · <xsl:value-of select="rss/channel/title"/></h1>
          <p class="note"><xsl:value-of select="rss/channel/description"/><br/><code><xsl:value-of select="rss/channel/link"/>rss.xml</code></p>
          <p><a href="{rss/channel/link}"><xsl:value-of select="rss/channel/link"/></a></p>
          <ul>
            <xsl:for-each select="rss/channel/item">
              <li>
                <a href="{link}"><strong><xsl:value-of select="title"/></strong></a><br/>
                <time><xsl:value-of select="pubDate"/></time>
                <span class="by"> · <xsl:value-of select="dc:creator"/></span>
                <p><xsl:value-of select="description"/></p>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
